package io.osmos.agent.http;

import io.osmos.agent.Agent;
import io.osmos.agent.AgentView;
import io.osmos.agent.view.Json;
import io.osmos.agent.view.StateJson;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import io.osmos.runtime.metrics.MetricsSources;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The agent's read-only endpoints, by path below its http_prefix: Mesos's {@code /state} (also
 * {@code /state.json}), {@code /flags}, {@code /metrics/snapshot} and the v1 operator API
 * {@code /api/v1}.
 */
public final class AgentEndpoints {
    private AgentEndpoints() {
    }

    /**
     * @param io threads that may block on the disk, for LIST_FILES and READ_FILE
     * @param others the process's other parts, whose metrics join the agent's
     */
    public static Map<String, HttpEndpoint> of(Agent agent, Executor io, MetricsSources others) {
        Map<String, HttpEndpoint> endpoints = new LinkedHashMap<>();
        HttpEndpoint state = exchange -> {
            Exchanges.requireMethod(exchange, "GET", "HEAD");
            Exchanges.answer(exchange, agent.read(StateJson::of), json -> exchange.respondJson(200, json));
        };
        endpoints.put("/state", state);
        endpoints.put("/state.json", state);
        endpoints.put("/flags", exchange -> {
            Exchanges.requireMethod(exchange, "GET", "HEAD");
            Exchanges.answer(exchange, agent.read(view -> Json.write(Map.of("flags", view.flags()))),
                    json -> exchange.respondJson(200, json));
        });
        endpoints.put("/metrics/snapshot", exchange -> {
            Exchanges.requireMethod(exchange, "GET", "HEAD");
            Exchanges.answer(exchange, metrics(agent, others).thenApply(Json::write),
                    json -> exchange.respondJson(200, json));
        });
        endpoints.put("/api/v1", new OperatorEndpoint(agent, io, others));
        return endpoints;
    }

    /** The other parts' metrics, then the agent's own: the agent's names win a clash. */
    static CompletableFuture<Map<String, Number>> metrics(Agent agent, MetricsSources others) {
        return others.gather().thenCombine(agent.read(AgentView::metrics), (theirs, own) -> {
            Map<String, Number> all = new TreeMap<>(theirs);
            all.putAll(own);
            return all;
        });
    }
}
