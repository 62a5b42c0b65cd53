package io.osmos.agent.http;

import io.osmos.agent.Agent;
import io.osmos.agent.view.Json;
import io.osmos.agent.view.StateJson;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The agent's read-only endpoints, by path below its http_prefix: Mesos's {@code /state} (also
 * {@code /state.json}), {@code /flags}, {@code /metrics/snapshot} and the v1 operator API
 * {@code /api/v1}.
 */
public final class AgentEndpoints {
    private AgentEndpoints() {
    }

    /** @param io threads that may block on the disk, for LIST_FILES and READ_FILE */
    public static Map<String, HttpEndpoint> of(Agent agent, Executor io) {
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
            Exchanges.answer(exchange, agent.read(view -> Json.write(view.metrics())),
                    json -> exchange.respondJson(200, json));
        });
        endpoints.put("/api/v1", new OperatorEndpoint(agent, io));
        return endpoints;
    }
}
