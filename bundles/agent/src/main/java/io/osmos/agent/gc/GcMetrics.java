package io.osmos.agent.gc;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The collector's metrics under their Mesos names; written on its actor, readable from any thread. */
final class GcMetrics {
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile int pending;
    private volatile double maxAllowedAgeSecs;

    GcMetrics(Duration initialMaxAllowedAge) {
        maxAgeIs(initialMaxAllowedAge);
    }

    void removalSucceeded() {
        succeeded.incrementAndGet();
    }

    void removalFailed() {
        failed.incrementAndGet();
    }

    void pendingIs(int count) {
        pending = count;
    }

    void maxAgeIs(Duration age) {
        maxAllowedAgeSecs = age.toNanos() / 1e9;
    }

    Map<String, Double> snapshot() {
        return Map.of(
                "gc/path_removals_succeeded", (double) succeeded.get(),
                "gc/path_removals_failed", (double) failed.get(),
                "gc/path_removals_pending", (double) pending,
                // A Mesos agent metric, but the collector is the one that computes it.
                "slave/executor_directory_max_allowed_age_secs", maxAllowedAgeSecs);
    }
}
