package io.osmos.master.core;

import java.util.HashMap;
import java.util.Map;

/** Cumulative master metrics under their Mesos names, e.g. master/tasks_finished. Actor-confined. */
public final class Counters {
    // A mutable cell per metric: counting a status update must not box a Long or walk a tree.
    private final Map<String, long[]> counts = new HashMap<>();

    public void increment(String metric) {
        counts.computeIfAbsent(metric, name -> new long[1])[0]++;
    }

    public long get(String metric) {
        long[] count = counts.get(metric);
        return count == null ? 0 : count[0];
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new HashMap<>();
        counts.forEach((name, count) -> copy.put(name, count[0]));
        return Map.copyOf(copy);
    }
}
