package io.osmos.simulator.probe;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import io.osmos.protocol.v1.master.Protos.Call;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an operator asks the master: its metrics and its state, timed as a client sees them. */
public final class Probes {
    private static final String PROTOBUF = "application/x-protobuf";
    private static final String JSON = "application/json";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final InetSocketAddress master;

    public Probes(InetSocketAddress master) {
        this.master = master;
    }

    /** {@code /metrics/snapshot} as numbers by Mesos name. */
    public Map<String, Double> metrics() {
        HttpResponse<byte[]> response = send(request("/metrics/snapshot").GET().build());
        Struct.Builder struct = Struct.newBuilder();
        try {
            JsonFormat.parser().merge(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), struct);
        } catch (IOException e) {
            throw new IllegalStateException("/metrics/snapshot is not a JSON object: " + e.getMessage(), e);
        }
        Map<String, Double> metrics = new TreeMap<>();
        for (Map.Entry<String, Value> entry : struct.getFieldsMap().entrySet()) {
            metrics.put(entry.getKey(), entry.getValue().getNumberValue());
        }
        return metrics;
    }

    /** GET_STATE in protobuf and JSON, and GET /state, each {@code runs} times; none for 0. */
    public List<StateTiming> state(int runs) {
        if (runs == 0) {
            return List.of();
        }
        byte[] protobuf = Call.newBuilder().setType(Call.Type.GET_STATE).build().toByteArray();
        byte[] json = "{\"type\":\"GET_STATE\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<StateTiming> timings = new ArrayList<>();
        timings.add(time("POST /api/v1 GET_STATE (protobuf)", runs, () -> request("/api/v1")
                .header("Content-Type", PROTOBUF).header("Accept", PROTOBUF)
                .POST(HttpRequest.BodyPublishers.ofByteArray(protobuf)).build()));
        timings.add(time("POST /api/v1 GET_STATE (JSON)", runs, () -> request("/api/v1")
                .header("Content-Type", JSON).header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build()));
        timings.add(time("GET /state", runs, () -> request("/state").GET().build()));
        return timings;
    }

    private StateTiming time(String name, int runs, java.util.function.Supplier<HttpRequest> request) {
        List<Double> millis = new ArrayList<>();
        int status = 0;
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = send(request.get());
                millis.add((System.nanoTime() - start) / 1e6);
                status = response.statusCode();
                bytes = response.body().length;
            } catch (IllegalStateException e) {
                // a read that times out is a result too: report it rather than lose the run
                millis.add((System.nanoTime() - start) / 1e6);
                return new StateTiming(name, -1, 0, millis, e.getMessage());
            }
        }
        return new StateTiming(name, status, bytes, millis, "");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://" + master.getHostString() + ":" + master.getPort() + path))
                .timeout(Duration.ofMinutes(2));
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.uri(), e);
        }
    }
}
