package io.osmos.allocator.random;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The allocator's metrics under their Mesos names. Counters are updated as things happen; gauges
 * derived from the cluster are computed on the actor and published as one immutable map, so a reader
 * on any thread sees a consistent snapshot without touching the actor's state.
 */
final class AllocatorMetrics {
    static final String PREFIX = "allocator/mesos/";

    private final AtomicLong allocationRuns = new AtomicLong();
    private final AtomicInteger queuedEvents = new AtomicInteger();
    private volatile double lastRunMillis;
    private volatile Map<String, Number> gauges = Map.of();

    void eventQueued() {
        queuedEvents.incrementAndGet();
    }

    void eventDispatched() {
        queuedEvents.decrementAndGet();
    }

    void allocationRan(long nanos) {
        allocationRuns.incrementAndGet();
        lastRunMillis = nanos / 1e6;
    }

    /** Recomputes the gauges from the cluster (from the agents that changed since the last time); call on the actor. */
    void publish(Cluster cluster) {
        Map<String, Number> next = new TreeMap<>();
        cluster.totals.recount();
        Map<String, Double> total = cluster.totals.total();
        Map<String, Double> heldByName = cluster.totals.held();
        total.forEach((name, amount) -> next.put(PREFIX + "resources/" + name + "/total", amount));
        for (String name : total.keySet()) {
            next.put(PREFIX + "resources/" + name + "/offered_or_allocated", heldByName.getOrDefault(name, 0.0));
        }
        Map<String, Integer> filters = new TreeMap<>();
        cluster.frameworks.values().forEach(framework -> framework.filters.countByRole(filters));
        filters.forEach((role, count) -> next.put(PREFIX + "offer_filters/roles/" + role + "/active", count));
        gauges = Map.copyOf(next);
    }

    Map<String, Number> snapshot() {
        Map<String, Number> snapshot = new TreeMap<>(gauges);
        snapshot.put(PREFIX + "allocation_runs", allocationRuns.get());
        snapshot.put(PREFIX + "allocation_run_ms", lastRunMillis);
        snapshot.put(PREFIX + "event_queue_dispatches", Math.max(0, queuedEvents.get()));
        return snapshot;
    }
}
