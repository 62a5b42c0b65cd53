package io.osmos.itest.plugins;

import io.osmos.itest.support.Http;
import io.osmos.itest.support.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The operator's view of modules over real HTTP: {@code GET /modules}, {@code /modules/metrics}, the master's {@code /metrics/snapshot}, {@code POST /modules/select}. */
final class ModulesApi {
    private final int port;

    ModulesApi(int port) {
        this.port = port;
    }

    Map<String, Object> listing() {
        return json("/modules");
    }

    Map<String, Object> metrics() {
        return json("/modules/metrics");
    }

    /** The master's {@code /metrics/snapshot}, which carries the module listing's metrics too. */
    Map<String, Object> masterMetrics() {
        return json("/metrics/snapshot");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> kind(String kind) {
        return (Map<String, Object>) ((Map<String, Object>) listing().get("kinds")).get(kind);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> unresolved() {
        return (List<Map<String, Object>>) listing().get("unresolved");
    }

    Http.Response select(String body) {
        return post("/modules/select", body);
    }

    Http.Response post(String path, String body) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL("http", "127.0.0.1", port, path).openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(10_000);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("Accept", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            try {
                int status = connection.getResponseCode();
                InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
                String text = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                return new Http.Response(status, connection.getContentType(), text);
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " failed: " + e, e);
        }
    }

    private Map<String, Object> json(String path) {
        Http.Response response = Http.get("127.0.0.1", port, path);
        if (response.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.status() + ": " + response.body());
        }
        return Json.parseObject(response.body());
    }
}
