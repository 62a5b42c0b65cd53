package io.osmos.allocator.drf;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The allocator's metrics under their Mesos names. Counters move as things happen; gauges derived from
 * the cluster are computed on the actor and published as one immutable map, so a reader on any thread
 * sees a consistent snapshot without touching the actor's state.
 */
final class AllocatorMetrics {
    static final String PREFIX = "allocator/mesos/";

    private final AtomicLong allocationRuns = new AtomicLong();
    private final AtomicInteger queuedEvents = new AtomicInteger();
    private volatile double lastRunMillis;
    private volatile double lastLatencyMillis;
    private volatile Map<String, Number> gauges = Map.of();

    void eventQueued() {
        queuedEvents.incrementAndGet();
    }

    void eventDispatched() {
        queuedEvents.decrementAndGet();
    }

    /** One run took {@code nanos}, after waiting {@code latencyNanos} since it was asked for. */
    void allocationRan(long nanos, long latencyNanos) {
        allocationRuns.incrementAndGet();
        lastRunMillis = nanos / 1e6;
        lastLatencyMillis = latencyNanos / 1e6;
    }

    /** Recomputes the gauges from the cluster; call on the actor. */
    void publish(Cluster cluster) {
        Map<String, Number> next = new TreeMap<>();
        Quantities held = cluster.roleSorter.totalAllocation();
        cluster.shares.total().forEach(cluster.names, (name, amount) -> {
            next.put(PREFIX + "resources/" + name + "/total", amount);
            next.put(PREFIX + "resources/" + name + "/offered_or_allocated",
                    held.get(cluster.names.number(name)) / 1000.0);
        });
        Map<String, Integer> filters = filtersByRole(cluster);
        for (Role role : cluster.roles.all()) {
            String prefix = PREFIX + "roles/" + role.name;
            if (role.frameworks > 0) {
                next.put(prefix + "/shares/dominant", cluster.roleSorter.share(role.name));
            }
            next.put(PREFIX + "offer_filters/roles/" + role.name + "/active", filters.getOrDefault(role.name, 0));
            if (!role.quota.isNone()) {
                quota(next, cluster, role);
            }
        }
        gauges = Map.copyOf(next);
    }

    private static void quota(Map<String, Number> gauges, Cluster cluster, Role role) {
        String prefix = PREFIX + "quota/roles/" + role.name + "/resources/";
        Quantities offered = cluster.roleSorter.allocation(role.name);
        role.quota.guarantees.forEach(cluster.names, (name, amount) -> {
            gauges.put(prefix + name + "/guarantee", amount);
            gauges.put(prefix + name + "/offered_or_allocated", offered.get(cluster.names.number(name)) / 1000.0);
        });
        role.quota.limits.forEach((number, limit) -> {
            String name = cluster.names.name(number);
            gauges.put(prefix + name + "/limit", limit / 1000.0);
            gauges.put(prefix + name + "/offered_or_allocated", offered.get(number) / 1000.0);
        });
    }

    private static Map<String, Integer> filtersByRole(Cluster cluster) {
        Map<String, Integer> counts = new HashMap<>();
        for (Framework framework : cluster.frameworks.values()) {
            for (FrameworkRole tracked : framework.tracked.values()) {
                counts.merge(tracked.role.name, tracked.filters, Integer::sum);
            }
        }
        return counts;
    }

    Map<String, Number> snapshot() {
        Map<String, Number> snapshot = new TreeMap<>(gauges);
        snapshot.put(PREFIX + "allocation_runs", allocationRuns.get());
        snapshot.put(PREFIX + "allocation_run_ms", lastRunMillis);
        snapshot.put(PREFIX + "allocation_run_latency_ms", lastLatencyMillis);
        snapshot.put(PREFIX + "event_queue_dispatches", Math.max(0, queuedEvents.get()));
        return snapshot;
    }
}
