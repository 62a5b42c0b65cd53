package io.osmos.master.http;

import io.osmos.master.core.Master;
import io.osmos.master.view.MetricsSnapshot;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /metrics/snapshot}: the master's metrics and its allocator's, by Mesos name. */
public final class MetricsEndpoint implements HttpEndpoint {
    public static final String PATH = "/metrics/snapshot";

    private final Master master;

    public MetricsEndpoint(Master master) {
        this.master = master;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Exchanges.requireMethod(exchange, "GET");
        Exchanges.answer(master, exchange, master.read(MetricsSnapshot::of), metrics -> {
            Map<String, Number> all = new TreeMap<>(master.allocatorMetrics());
            all.putAll(metrics);
            exchange.respondJson(200, MetricsSnapshot.toJson(all));
        });
    }
}
