package io.osmos.itest.swap;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A framework for tests inside an OSGi container, where no JSON library is installed: the v1 scheduler
 * API in JSON written by hand and read with the test support's own reader. It keeps every offer it is
 * made until the test accepts (launching {@code true}) or declines it, and acknowledges every update.
 */
@SuppressWarnings("unchecked")
final class PlainFramework implements AutoCloseable {
    static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI uri;
    private final Map<String, Map<String, Object>> held = new ConcurrentHashMap<>();
    private final Map<String, String> tasks = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
    private final InputStream stream;
    private final String streamId;
    private volatile String frameworkId;

    PlainFramework(int port, String name) throws IOException, InterruptedException {
        uri = URI.create("http://127.0.0.1:" + port + "/api/v1/scheduler");
        String subscribe = "{\"type\":\"SUBSCRIBE\",\"subscribe\":{\"framework_info\":{\"user\":\""
                + System.getProperty("user.name", "root") + "\",\"name\":\"" + name + "\"}}}";
        HttpResponse<InputStream> answer = client.send(request(subscribe).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (answer.statusCode() != 200) {
            throw new AssertionError("SUBSCRIBE answered " + answer.statusCode());
        }
        stream = answer.body();
        streamId = answer.headers().firstValue("Mesos-Stream-Id").orElseThrow();
        Thread reader = new Thread(this::read, "plain-framework-" + name);
        reader.setDaemon(true);
        reader.start();
        Await.value("SUBSCRIBED", EVENT_TIMEOUT, () -> Optional.ofNullable(frameworkId));
    }

    /** Waits until it holds an offer that none of {@code seen} is; returns its id. */
    String awaitOfferOtherThan(Set<String> seen) {
        return Await.value("an offer", EVENT_TIMEOUT, () -> held.keySet().stream().filter(id -> !seen.contains(id))
                .findFirst());
    }

    Set<String> heldOfferIds() {
        return Set.copyOf(held.keySet());
    }

    /** ACCEPT launching the command {@code true} with 0.1 cpus and 32 MB; the HTTP status. */
    int launch(String offerId, String taskId) {
        Map<String, Object> offer = held.remove(offerId);
        String agent = (String) ((Map<String, Object>) offer.get("agent_id")).get("value");
        tasks.put(taskId, "LAUNCHED");
        return call("\"type\":\"ACCEPT\",\"accept\":{\"offer_ids\":[{\"value\":\"" + offerId + "\"}],\"operations\":["
                + "{\"type\":\"LAUNCH\",\"launch\":{\"task_infos\":[{\"name\":\"" + taskId + "\",\"task_id\":{\"value\":\""
                + taskId + "\"},\"agent_id\":{\"value\":\"" + agent + "\"},\"resources\":[{\"name\":\"cpus\",\"type\":"
                + "\"SCALAR\",\"scalar\":{\"value\":0.1}},{\"name\":\"mem\",\"type\":\"SCALAR\",\"scalar\":{\"value\":32}}],"
                + "\"command\":{\"value\":\"true\"}}]}}],\"filters\":{\"refuse_seconds\":0}}");
    }

    /** DECLINE without a filter; the HTTP status. */
    int decline(String offerId) {
        held.remove(offerId);
        return call("\"type\":\"DECLINE\",\"decline\":{\"offer_ids\":[{\"value\":\"" + offerId + "\"}],"
                + "\"filters\":{\"refuse_seconds\":0}}");
    }

    /** The task's first terminal state. */
    String awaitEnd(String taskId) {
        return Await.value(taskId + " to end", EVENT_TIMEOUT, () -> Optional.ofNullable(tasks.get(taskId))
                .filter(state -> !List.of("LAUNCHED", "TASK_STAGING", "TASK_STARTING", "TASK_RUNNING").contains(state)));
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
            // the stream ends when the framework or the master goes
        }
    }

    private void handle(Map<String, Object> event) {
        events.add(event);
        switch ((String) event.get("type")) {
            case "SUBSCRIBED" -> frameworkId = (String) ((Map<String, Object>) ((Map<String, Object>)
                    event.get("subscribed")).get("framework_id")).get("value");
            case "OFFERS" -> ((List<Map<String, Object>>) ((Map<String, Object>) event.get("offers")).get("offers"))
                    .forEach(offer -> held.put((String) ((Map<String, Object>) offer.get("id")).get("value"), offer));
            case "RESCIND" -> held.remove(((Map<String, Object>) ((Map<String, Object>) event.get("rescind"))
                    .get("offer_id")).get("value"));
            case "UPDATE" -> update((Map<String, Object>) ((Map<String, Object>) event.get("update")).get("status"));
            default -> { }
        }
    }

    private void update(Map<String, Object> status) {
        String taskId = (String) ((Map<String, Object>) status.get("task_id")).get("value");
        tasks.merge(taskId, (String) status.get("state"), (before, now) -> now);
        if (status.get("uuid") != null) {
            call("\"type\":\"ACKNOWLEDGE\",\"acknowledge\":{\"agent_id\":{\"value\":\"" + ((Map<String, Object>)
                    status.get("agent_id")).get("value") + "\"},\"task_id\":{\"value\":\"" + taskId + "\"},\"uuid\":\""
                    + status.get("uuid") + "\"}");
        }
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
