package io.osmos.agent.fetcher;

import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Mesos fetcher: puts a command's URIs into a container's sandbox before it launches. URIs are
 * fetched one after another on the I/O executor; the returned stage completes on one of its threads,
 * so continue it on an actor with {@code thenAcceptAsync(..., actor)}.
 */
public final class Fetcher {
    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);

    private final FetcherCache cache;
    private final SandboxDelivery delivery;
    private final Map<String, FetchJob> running = new ConcurrentHashMap<>();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    /**
     * Empties the cache folder (the cache index lives in memory, so earlier files are unknown), as a
     * Mesos agent does when it starts. Call it once per agent start.
     *
     * @param io daemon threads that may block on the network and disk; never an actor
     */
    public Fetcher(FetcherSettings settings, Executor io) {
        Objects.requireNonNull(io, "io");
        this.cache = new FetcherCache(settings.cacheDir(), settings.cacheSizeBytes());
        Downloader downloader = new Downloader(settings.stallTimeout(), io);
        this.delivery = new SandboxDelivery(downloader, cache, io);
        SandboxDelivery.emptyFolder(settings.cacheDir());
    }

    /**
     * Fetches every URI into the sandbox, in order. Every URI is checked first, so a malformed one
     * fails the fetch before anything is downloaded.
     *
     * @param user the user the task runs as; the cache keeps one entry per user and URI
     * @return the files fetched, or a failure with a {@link FetchException} whose message is the
     *     one-line reason for the task's TASK_FAILED status
     */
    public CompletionStage<FetchResult> fetch(ContainerID containerId, List<CommandInfo.URI> uris, Path sandbox,
            Optional<String> user) {
        CompletableFuture<FetchResult> result = new CompletableFuture<>();
        List<FetchPlan> plans = new ArrayList<>();
        try {
            uris.forEach(uri -> plans.add(FetchPlan.of(uri)));
        } catch (FetchException e) {
            failed.incrementAndGet();
            result.completeExceptionally(e);
            return result;
        }
        FetchJob job = new FetchJob(containerId.getValue(), sandbox, user.filter(u -> !u.isEmpty()));
        running.put(job.containerId(), job);
        CompletableFuture<List<FetchResult.Fetched>> chain = CompletableFuture.completedFuture(new ArrayList<>());
        for (FetchPlan plan : plans) {
            chain = chain.thenCompose(done -> delivery.deliver(plan, job).thenApply(fetched -> {
                done.add(fetched);
                return done;
            }));
        }
        chain.whenComplete((fetched, failure) -> {
            running.remove(job.containerId(), job);
            if (failure == null) {
                succeeded.incrementAndGet();
                result.complete(new FetchResult(fetched));
                return;
            }
            failed.incrementAndGet();
            Throwable cause = FetchException.unwrap(failure);
            FetchException reason = cause instanceof FetchException f ? f
                    : new FetchException("Failed to fetch for container " + job.containerId() + ": "
                            + FetchException.reason(cause));
            LOG.warn("Fetch for container {} failed: {}", job.containerId(), reason.getMessage());
            result.completeExceptionally(reason);
        });
        return result;
    }

    /**
     * Calls off a running fetch, e.g. because the container is being destroyed, as Mesos's
     * {@code Fetcher::kill} does: a download in progress is aborted at once, a copy or an unpacking
     * in progress finishes first, and the stage fails with "the fetch was killed". Unknown containers
     * are ignored.
     */
    public void kill(ContainerID containerId) {
        FetchJob job = running.get(containerId.getValue());
        if (job != null) {
            job.kill();
        }
    }

    /** The Mesos fetcher metrics, for the agent's /metrics/snapshot. */
    public Map<String, Double> metrics() {
        return Map.of(
                "containerizer/fetcher/task_fetches_succeeded", (double) succeeded.get(),
                "containerizer/fetcher/task_fetches_failed", (double) failed.get(),
                "containerizer/fetcher/cache_size_total_bytes", (double) cache.capacity(),
                "containerizer/fetcher/cache_size_used_bytes", (double) cache.usedBytes());
    }
}
