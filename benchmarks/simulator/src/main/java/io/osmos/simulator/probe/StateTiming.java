package io.osmos.simulator.probe;

import java.util.List;

/**
 * One way of reading the master's state: how big the answer was and how long each read took.
 *
 * @param status the last HTTP status, or -1 when the last read failed
 * @param error why the last read failed, or empty
 */
public record StateTiming(String call, int status, long bytes, List<Double> millis, String error) {
    public StateTiming {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("A timing needs at least one run");
        }
        millis = List.copyOf(millis);
    }

    public double first() {
        return millis.get(0);
    }

    public double median() {
        List<Double> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    public double best() {
        return millis.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }
}
