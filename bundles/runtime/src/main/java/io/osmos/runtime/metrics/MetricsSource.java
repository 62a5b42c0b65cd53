package io.osmos.runtime.metrics;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of the process with metrics of its own. Registered as a service, its metrics appear in the
 * master's and the agent's {@code /metrics/snapshot} and {@code GET_METRICS} next to theirs. Names follow
 * Mesos's habit, {@code <part>/<metric>}; the endpoint's own metrics win a clash.
 */
@ConsumerType
public interface MetricsSource {
    /**
     * The current values by name. May complete later (for example on the part's own actor); an answer
     * that takes longer than a few seconds, or fails, is left out of that snapshot.
     */
    CompletionStage<Map<String, Number>> metrics();
}
