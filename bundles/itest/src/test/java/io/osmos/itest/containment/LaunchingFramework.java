package io.osmos.itest.containment;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A v1 HTTP framework that keeps launching: every offer it is made while it still owes tasks is
 * accepted with one short command task ({@code true}, 0.1 cpus, 32 MB), the rest declined. JSON is
 * written by hand and read with the test support's reader, since the container has no JSON library.
 * Every status update is acknowledged.
 */
@SuppressWarnings("unchecked")
final class LaunchingFramework implements AutoCloseable {
    private static final List<String> LIVE = List.of("LAUNCHED", "TASK_STAGING", "TASK_STARTING", "TASK_RUNNING");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;
    private final String prefix;
    private final Map<String, String> tasks = new ConcurrentHashMap<>();
    private final AtomicInteger wanted = new AtomicInteger();
    private final AtomicInteger launched = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();
    private final InputStream stream;
    private final String streamId;
    private volatile String frameworkId;

    LaunchingFramework(int port, String name, Duration timeout) throws IOException, InterruptedException {
        uri = URI.create("http://127.0.0.1:" + port + "/api/v1/scheduler");
        prefix = name + "-";
        String subscribe = "{\"type\":\"SUBSCRIBE\",\"subscribe\":{\"framework_info\":{\"user\":\""
                + System.getProperty("user.name", "root") + "\",\"name\":\"" + name + "\"}}}";
        HttpResponse<InputStream> answer = client.send(request(subscribe).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (answer.statusCode() != 200) {
            throw new AssertionError("SUBSCRIBE answered " + answer.statusCode());
        }
        stream = answer.body();
        streamId = answer.headers().firstValue("Mesos-Stream-Id").orElseThrow();
        Thread reader = new Thread(this::read, "containment-framework-" + name);
        reader.setDaemon(true);
        reader.start();
        Await.value("SUBSCRIBED", timeout, () -> Optional.ofNullable(frameworkId));
    }

    /** Owes {@code count} more tasks: the next offers launch them. */
    void launch(int count) {
        wanted.addAndGet(count);
    }

    /** Tasks launched so far (ACCEPTs answered 202). */
    int launched() {
        return launched.get();
    }

    /** How many tasks ended TASK_FINISHED. */
    long finished() {
        return tasks.values().stream().filter("TASK_FINISHED"::equals).count();
    }

    /** Waits until {@code count} tasks finished; fails naming every task's state when they do not. */
    void awaitFinished(long count, Duration timeout) {
        Await.value(count + " tasks TASK_FINISHED (states: " + tasks + ")", timeout,
                () -> Optional.of(finished()).filter(done -> done >= count));
    }

    /** Waits until no launched task is live any more; returns every task's last state. */
    Map<String, String> awaitAllEnded(Duration timeout) {
        Await.value("every task to end (states: " + tasks + ")", timeout,
                () -> Optional.of(tasks).filter(all -> all.values().stream().noneMatch(LIVE::contains)));
        return Map.copyOf(tasks);
    }

    private void read() {
        try (InputStream in = stream) {
            while (true) {
                ByteArrayOutputStream digits = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) != '\n') {
                    if (b < 0) {
                        return;
                    }
                    digits.write(b);
                }
                byte[] record = in.readNBytes(Integer.parseInt(digits.toString(StandardCharsets.US_ASCII).trim()));
                handle(Json.parseObject(new String(record, StandardCharsets.UTF_8)));
            }
        } catch (IOException | RuntimeException ended) {
            // the stream ends when the framework tears down or the container stops
        }
    }

    private void handle(Map<String, Object> event) {
        switch ((String) event.get("type")) {
            case "SUBSCRIBED" -> frameworkId = value(((Map<String, Object>) event.get("subscribed")).get("framework_id"));
            case "OFFERS" -> ((List<Map<String, Object>>) ((Map<String, Object>) event.get("offers")).get("offers"))
                    .forEach(this::offered);
            case "UPDATE" -> update((Map<String, Object>) ((Map<String, Object>) event.get("update")).get("status"));
            default -> { }
        }
    }

    private void offered(Map<String, Object> offer) {
        String offerId = value(offer.get("id"));
        if (wanted.getAndUpdate(n -> Math.max(0, n - 1)) <= 0) {
            call("\"type\":\"DECLINE\",\"decline\":{\"offer_ids\":[{\"value\":\"" + offerId + "\"}],"
                    + "\"filters\":{\"refuse_seconds\":0}}");
            return;
        }
        String taskId = prefix + sequence.incrementAndGet();
        tasks.put(taskId, "LAUNCHED");
        int status = call("\"type\":\"ACCEPT\",\"accept\":{\"offer_ids\":[{\"value\":\"" + offerId + "\"}],"
                + "\"operations\":[{\"type\":\"LAUNCH\",\"launch\":{\"task_infos\":[{\"name\":\"" + taskId
                + "\",\"task_id\":{\"value\":\"" + taskId + "\"},\"agent_id\":{\"value\":\"" + value(offer.get("agent_id"))
                + "\"},\"resources\":[{\"name\":\"cpus\",\"type\":\"SCALAR\",\"scalar\":{\"value\":0.1}},"
                + "{\"name\":\"mem\",\"type\":\"SCALAR\",\"scalar\":{\"value\":32}}],"
                + "\"command\":{\"value\":\"true\"}}]}}],\"filters\":{\"refuse_seconds\":0}}");
        if (status == 202) {
            launched.incrementAndGet();
        } else {
            tasks.put(taskId, "ACCEPT answered " + status);
        }
    }

    private void update(Map<String, Object> status) {
        String taskId = value(status.get("task_id"));
        tasks.put(taskId, (String) status.get("state"));
        if (status.get("uuid") != null) {
            call("\"type\":\"ACKNOWLEDGE\",\"acknowledge\":{\"agent_id\":{\"value\":\"" + value(status.get("agent_id"))
                    + "\"},\"task_id\":{\"value\":\"" + taskId + "\"},\"uuid\":\"" + status.get("uuid") + "\"}");
        }
    }

    private static String value(Object id) {
        return (String) ((Map<String, Object>) id).get("value");
    }

    private int call(String body) {
        try {
            return client.send(request("{\"framework_id\":{\"value\":\"" + frameworkId + "\"}," + body + "}")
                    .header("Mesos-Stream-Id", streamId).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String json) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    @Override
    public void close() {
        try {
            call("\"type\":\"TEARDOWN\"");
            stream.close();
        } catch (IOException | RuntimeException alreadyGone) {
            // the container may be stopping
        }
    }
}
