package io.osmos.itest.containment;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.Http;
import io.osmos.itest.support.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The local platform's HTTP endpoints on loopback, as an operator or a framework reaches them. */
final class PlatformApi {
    private final int port;

    PlatformApi(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    /** A metric of the master's or, named slave/..., of the agent's; 0 when the snapshot lacks it. */
    double metric(String name) {
        // in local mode the agent's endpoints live under /slave(1) of the shared server
        String path = name.startsWith("slave/") ? "/slave(1)/metrics/snapshot" : "/metrics/snapshot";
        Object value = Json.parseObject(get(path).body()).get(name);
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    /** Waits until {@code name} is at least {@code atLeast}; returns its value. */
    double awaitMetric(String name, double atLeast, Duration timeout) {
        return Await.value(name + " >= " + atLeast, timeout,
                () -> Optional.of(metric(name)).filter(v -> v >= atLeast));
    }

    /** Agents the master's /state lists as active. */
    long activeAgents() {
        Http.Response state = get("/state");
        if (state.status() != 200) {
            return -1;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> agents = (List<Map<String, Object>>) Json.parseObject(state.body()).get("slaves");
        return agents == null ? 0 : agents.stream().filter(a -> Boolean.TRUE.equals(a.get("active"))).count();
    }

    /** The allocator GET /allocator names as in use, or null. */
    String allocatorInUse() {
        return (String) Json.parseObject(get("/allocator").body()).get("allocator");
    }

    String awaitAllocator(String name, Duration timeout) {
        return Await.value("allocator in use: " + name, timeout,
                () -> Optional.ofNullable(allocatorInUse()).filter(name::equals));
    }

    Http.Response get(String path) {
        return Http.get("127.0.0.1", port, path);
    }

    /** POST of a JSON body; the status and body. */
    Http.Response post(String path, String json) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Response(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
                    answer.body());
        } catch (IOException e) {
            throw new AssertionError("POST " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted posting to " + path, e);
        }
    }

    /** The operator API's GET_HEALTH status code. */
    int health() {
        return post("/api/v1", "{\"type\":\"GET_HEALTH\"}").status();
    }
}
