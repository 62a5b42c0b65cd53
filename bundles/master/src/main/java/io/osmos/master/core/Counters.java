package io.osmos.master.core;

import java.util.Map;
import java.util.TreeMap;

/** Cumulative master metrics under their Mesos names, e.g. master/tasks_finished. Actor-confined. */
public final class Counters {
    private final Map<String, Long> counts = new TreeMap<>();

    public void increment(String metric) {
        counts.merge(metric, 1L, Long::sum);
    }

    public long get(String metric) {
        return counts.getOrDefault(metric, 0L);
    }

    public Map<String, Long> snapshot() {
        return Map.copyOf(counts);
    }
}
