package io.osmos.runtime.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registered {@link MetricsSource}s, for a snapshot endpoint to merge with its own metrics (the
 * master's and the agent's {@code /metrics/snapshot} and {@code GET_METRICS}). A source that fails or
 * answers late is left out of that snapshot: a plugin never holds up or breaks the endpoint's metrics.
 * Thread-safe.
 */
public final class MetricsSources {
    /** How long a snapshot waits for a source. */
    public static final Duration PATIENCE = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(MetricsSources.class);

    private final List<MetricsSource> sources = new CopyOnWriteArrayList<>();

    public void add(MetricsSource source) {
        sources.add(source);
    }

    public void remove(MetricsSource source) {
        sources.remove(source);
    }

    /** Every source's metrics merged by name; never fails. */
    public CompletableFuture<Map<String, Number>> gather() {
        List<CompletableFuture<Map<String, Number>>> answers = sources.stream().map(MetricsSources::ask).toList();
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, Number> all = new TreeMap<>();
            answers.forEach(answer -> all.putAll(answer.join()));
            return all;
        });
    }

    private static CompletableFuture<Map<String, Number>> ask(MetricsSource source) {
        CompletableFuture<Map<String, Number>> answer;
        try {
            answer = source.metrics().toCompletableFuture();
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return answer.orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).exceptionally(failure -> {
            LOG.debug("Metrics source {} left out of the snapshot", source, failure);
            return Map.of();
        });
    }
}
