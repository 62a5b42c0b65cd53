package io.osmos.master.http;

import io.osmos.master.core.Master;
import io.osmos.master.view.MetricsSnapshot;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import io.osmos.runtime.metrics.MetricsSources;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * {@code GET /metrics/snapshot}: the master's metrics, its allocator's and those of the process's other
 * parts, by Mesos name.
 */
public final class MetricsEndpoint implements HttpEndpoint {
    public static final String PATH = "/metrics/snapshot";

    private final Master master;
    private final MetricsSources sources;

    public MetricsEndpoint(Master master) {
        this(master, new MetricsSources());
    }

    public MetricsEndpoint(Master master, MetricsSources sources) {
        this.master = master;
        this.sources = sources;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Exchanges.requireMethod(exchange, "GET");
        Exchanges.answer(master, exchange, all(master, sources),
                metrics -> exchange.respondJson(200, MetricsSnapshot.toJson(metrics)));
    }

    /** Others' metrics, then the allocator's, then the master's own: the master's names win a clash. */
    static CompletableFuture<Map<String, Number>> all(Master master, MetricsSources sources) {
        return sources.gather().thenCombine(master.read(MetricsSnapshot::of), (others, own) -> {
            Map<String, Number> all = new TreeMap<>(others);
            all.putAll(master.allocatorMetrics());
            all.putAll(own);
            return all;
        });
    }
}
