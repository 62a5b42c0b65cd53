package io.osmos.simulator;

import io.osmos.simulator.probe.StateTiming;
import java.util.List;
import java.util.Map;

/**
 * What was measured at full load.
 *
 * @param baselineHeap heap in use after GC with the master started and nothing registered
 * @param loadedHeap heap in use after GC now
 * @param agentsElsewhere whether the agents ran in child processes (else their state is in the heap too)
 */
public record Measurements(long baselineHeap, long loadedHeap, long maxHeap, boolean agentsElsewhere,
        List<StateTiming> state, Map<String, Double> metrics) {
    public double metric(String name) {
        Double value = metrics.get(name);
        if (value == null) {
            throw new IllegalStateException("The master reports no metric '" + name + "'");
        }
        return value;
    }
}
