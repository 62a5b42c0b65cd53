package io.osmos.agent.testing;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.osmos.runtime.http.Codec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** An operator's view of an agent over real HTTP: plain GETs and POSTs, and JSON to look into. */
public final class AgentHttp {
    /** A status and a body. */
    public record Answer(int status, String body) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** @param base e.g. {@code http://127.0.0.1:5051/slave(1)} */
    public AgentHttp(String base) {
        this.base = base;
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET().build());
    }

    /** POSTs JSON, accepting JSON. */
    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** POSTs bytes with the given content type, accepting the same. */
    public HttpResponse<byte[]> post(String path, byte[] body, String type) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", type).header("Accept", type)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("POST " + path + " failed: " + e, e);
        }
    }

    /** The body of a 200 answer as JSON. */
    public Struct json(Answer answer) {
        if (answer.status() != 200) {
            throw new AssertionError("Expected 200, got " + answer.status() + ": " + answer.body());
        }
        return Codec.fromJson(answer.body(), Struct.getDefaultInstance());
    }

    /**
     * Walks into JSON: names for object fields, numbers for array elements, e.g.
     * {@code at(state, "frameworks", 0, "executors", 0, "tasks")}.
     */
    public static Value at(Struct root, Object... path) {
        Value current = Value.newBuilder().setStructValue(root).build();
        for (Object step : path) {
            if (step instanceof Integer index) {
                ListValue list = current.getListValue();
                if (index >= list.getValuesCount()) {
                    throw new AssertionError("No element " + index + " in " + list);
                }
                current = list.getValues(index);
            } else {
                Struct struct = current.getStructValue();
                if (!struct.containsFields((String) step)) {
                    throw new AssertionError("No field '" + step + "' in " + struct.getFieldsMap().keySet());
                }
                current = struct.getFieldsOrThrow((String) step);
            }
        }
        return current;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        }
    }
}
