package io.osmos.itest.swap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What an operator reads and asks of the master over HTTP: /state, /metrics/snapshot, /allocator. */
final class MasterApi {
    /** A plain answer: status and body. */
    record Answer(int status, String body) {
        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    /** {@code GET /allocator}. */
    record AllocatorState(String allocator, List<String> available, String wanted) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    MasterApi(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    ClusterState state() {
        return ClusterState.of(ok(get("/state")).json());
    }

    JsonObject metrics() {
        return ok(get("/metrics/snapshot")).json();
    }

    AllocatorState allocator() {
        JsonObject json = ok(get("/allocator")).json();
        List<String> available = new ArrayList<>();
        json.getAsJsonArray("available").forEach(name -> available.add(name.getAsString()));
        return new AllocatorState(text(json.get("allocator")), available, text(json.get("wanted")));
    }

    /** {@code POST /allocator {"name": name}}; the answer as it came. */
    Answer swap(String name) {
        JsonObject body = new JsonObject();
        body.addProperty("name", name);
        return send(HttpRequest.newBuilder(uri("/allocator")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer ok(Answer answer) {
        if (answer.status() != 200) {
            throw new AssertionError("expected 200, got " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String text(JsonElement element) {
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    static List<JsonObject> objects(JsonArray array) {
        List<JsonObject> out = new ArrayList<>();
        if (array != null) {
            array.forEach(element -> out.add(element.getAsJsonObject()));
        }
        return out;
    }
}
