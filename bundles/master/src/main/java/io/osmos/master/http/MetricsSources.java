package io.osmos.master.http;

import io.osmos.runtime.metrics.MetricsSource;
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
 * The other parts of the process whose metrics join the master's in {@code /metrics/snapshot} and
 * {@code GET_METRICS} (the module listing's, for one). A source that fails or answers late is left out
 * of that snapshot: a plugin never holds up or breaks the master's metrics.
 */
public final class MetricsSources {
    static final Duration PATIENCE = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(MetricsSources.class);

    private final List<MetricsSource> sources = new CopyOnWriteArrayList<>();

    public void add(MetricsSource source) {
        sources.add(source);
    }

    public void remove(MetricsSource source) {
        sources.remove(source);
    }

    /** Every source's metrics merged by name; never fails. */
    CompletableFuture<Map<String, Number>> gather() {
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
