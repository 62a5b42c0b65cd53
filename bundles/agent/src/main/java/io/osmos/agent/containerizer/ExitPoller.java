package io.osmos.agent.containerizer;

import io.osmos.runtime.actor.Actor;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

/**
 * Notices when a process that is not the JVM's own child ends: a container's supervisor found again
 * after an agent restart. Such a process cannot be waited for, and once its parent is gone it may stay
 * a zombie for good, so /proc is looked at on a short period instead. Runs on the agent's actor.
 */
final class ExitPoller {
    static final Duration PERIOD = Duration.ofMillis(100);

    private record Watched(long pid, long startTicks) {
    }

    private final Actor actor;
    private final Map<Watched, Runnable> watched = new LinkedHashMap<>();
    private ScheduledFuture<?> timer;

    ExitPoller(Actor actor) {
        this.actor = actor;
    }

    /** Runs {@code exited} on the actor once the process with this pid and start time no longer runs. */
    void watch(long pid, long startTicks, Runnable exited) {
        watched.put(new Watched(pid, startTicks), exited);
        if (timer == null) {
            timer = actor.every(PERIOD, this::poll);
        }
    }

    void stop() {
        watched.clear();
        cancel();
    }

    private void poll() {
        for (var entry : Map.copyOf(watched).entrySet()) {
            if (!ProcStat.isRunning(entry.getKey().pid(), entry.getKey().startTicks())) {
                watched.remove(entry.getKey());
                entry.getValue().run();
            }
        }
        if (watched.isEmpty()) {
            cancel();
        }
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
