package io.osmos.agent.gc;

import io.osmos.runtime.actor.Actor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's garbage collector, as in Mesos: finished sandboxes are deleted once their delay is up,
 * and sooner when the disk fills up. Its state lives on its own actor; deleting runs on I/O threads.
 */
public final class GarbageCollector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GarbageCollector.class);

    private final GcSettings settings;
    private final InstantSource clock;
    private final DiskUsage disk;
    private final Executor io;
    private final Actor actor = new Actor("gc");
    private final GcMetrics metrics;
    private final Map<Path, ScheduledPath> paths = new HashMap<>();
    private final RemovalTimer timer;

    /** @param io daemon threads that may block on the disk; never an actor */
    public GarbageCollector(GcSettings settings, Path workDir, Executor io) {
        this(settings, InstantSource.system(), DiskUsage.of(workDir), io);
    }

    GarbageCollector(GcSettings settings, InstantSource clock, DiskUsage disk, Executor io) {
        this.settings = settings;
        this.clock = clock;
        this.disk = disk;
        this.io = io;
        this.metrics = new GcMetrics(settings.maxAllowedAge(0.0));
        this.timer = new RemovalTimer(actor, clock);
    }

    /** Starts the disk watch: every disk_watch_interval, prune what the disk usage says is due. */
    public void start() {
        actor.every(settings.diskWatchInterval(), this::checkDiskUsage);
    }

    /**
     * Deletes the directory after the delay; scheduling a scheduled path again replaces its delay.
     *
     * @return completes once the path is gone; fails with the reason it could not be deleted, or with
     *     a CancellationException when it is unscheduled or rescheduled first
     */
    public CompletionStage<Void> schedule(Path dir, Duration delay) {
        Path path = key(dir);
        return actor.askAsync(() -> doSchedule(path, delay));
    }

    /**
     * Schedules the directory by its age, as a Mesos agent does for sandboxes it finds on recovery:
     * it goes gc_delay after it was last modified.
     */
    public CompletionStage<Void> garbageCollect(Path dir) {
        Path path = key(dir);
        return CompletableFuture.supplyAsync(() -> PathRemover.lastModified(path), io)
                .thenCompose(mtime -> actor.askAsync(() -> {
                    Duration age = Duration.between(mtime, clock.instant());
                    return doSchedule(path, settings.gcDelay().minus(age));
                }));
    }

    /**
     * Keeps a scheduled directory, e.g. a sandbox that a recovered executor still uses.
     *
     * @return true when it was scheduled and is now kept; false when it was not scheduled or its
     *     deletion had already begun (then once that deletion is over)
     */
    public CompletionStage<Boolean> unschedule(Path dir) {
        Path path = key(dir);
        return actor.askAsync(() -> {
            ScheduledPath entry = paths.get(path);
            if (entry == null) {
                return CompletableFuture.completedFuture(false);
            }
            if (entry.removing) {
                return entry.removed.handle((done, failure) -> false);
            }
            paths.remove(path);
            entry.removed.cancel(false);
            LOG.info("Unscheduling '{}' from gc", path);
            changed();
            return CompletableFuture.completedFuture(true);
        });
    }

    /** gc/path_removals_succeeded, _failed, _pending and slave/executor_directory_max_allowed_age_secs. */
    public Map<String, Double> metrics() {
        return metrics.snapshot();
    }

    /** Deletes what is due now, then checks the disk usage and prunes; completes when all is done. */
    CompletableFuture<Void> collectNow() {
        return actor.askAsync(() -> CompletableFuture.allOf(prune(Duration.ZERO), checkDiskUsage()));
    }

    /** Stops the timers; pending schedules are cancelled. Never throws. */
    @Override
    public void close() {
        try {
            actor.ask(() -> {
                paths.values().forEach(entry -> entry.removed.cancel(false));
                paths.clear();
                return null;
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("The garbage collector stopped before its schedule was cleared: {}", e.toString());
        } finally {
            actor.stop();
        }
    }

    private CompletableFuture<Void> doSchedule(Path path, Duration delay) {
        ScheduledPath existing = paths.get(path);
        if (existing != null && existing.removing) {
            // As in Mesos: wait for the deletion under way, then schedule again.
            return existing.removed.handle((done, failure) -> null)
                    .thenComposeAsync(ignored -> doSchedule(path, delay), actor);
        }
        if (existing != null) {
            existing.removed.cancel(false);
        }
        ScheduledPath entry = new ScheduledPath(path, clock.instant().plus(delay));
        paths.put(path, entry);
        LOG.info("Scheduling '{}' for gc {} in the future", path, delay);
        changed();
        return entry.removed;
    }

    /** Deletes every path due within the given time from now. */
    private CompletableFuture<Void> prune(Duration within) {
        Instant limit = clock.instant().plus(within);
        List<ScheduledPath> due = paths.values().stream()
                .filter(entry -> !entry.removing && !entry.due.isAfter(limit)).toList();
        if (due.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        due.forEach(entry -> entry.removing = true);
        changed();
        return CompletableFuture.supplyAsync(() -> Removal.deleteAll(due), io).thenAcceptAsync(removals -> {
            removals.forEach(removal -> paths.remove(removal.entry().path, removal.entry()));
            changed(); // first, so that whoever the report wakes sees the metrics already updated
            removals.forEach(removal -> removal.report(metrics));
        }, actor);
    }

    private CompletableFuture<Void> checkDiskUsage() {
        return CompletableFuture.supplyAsync(disk::fraction, io).thenComposeAsync(usage -> {
            Duration age = settings.maxAllowedAge(usage);
            metrics.maxAgeIs(age);
            LOG.debug("Current disk usage {}%. Max allowed age: {}", Math.round(usage * 10000) / 100.0, age);
            return prune(settings.gcDelay().minus(age));
        }, actor).exceptionally(failure -> {
            LOG.warn("Failed to measure the disk usage of the work_dir: {}", failure.getMessage());
            return null;
        });
    }

    /** Re-arms the timer for the earliest pending path, and publishes the pending count. */
    private void changed() {
        metrics.pendingIs(paths.size());
        Instant next = paths.values().stream().filter(entry -> !entry.removing).map(entry -> entry.due)
                .min(Comparator.naturalOrder()).orElse(null);
        timer.set(next, () -> {
            prune(Duration.ZERO);
            changed(); // the clock may read a hair early: never leave the rest without a timer
        });
    }

    private static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }
}
