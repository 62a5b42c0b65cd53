package io.osmos.itest.plugins;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.Json;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A framework speaking the Mesos v1 scheduler API in JSON, just enough to launch command tasks
 * and watch their updates: SUBSCRIBE (reading the RecordIO event stream on its own thread), ACCEPT
 * with LAUNCH, and the events as parsed JSON objects.
 */
@SuppressWarnings("unchecked")
final class V1Framework implements AutoCloseable {
    static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
    private final InputStream stream;
    private final String streamId;
    private volatile String frameworkId;
    private int offersTaken;

    private V1Framework(int port, String name) throws IOException, InterruptedException {
        this.port = port;
        String subscribe = "{\"type\":\"SUBSCRIBE\",\"subscribe\":{\"framework_info\":{\"user\":"
                + quote(System.getProperty("user.name", "root")) + ",\"name\":" + quote(name) + "}}}";
        HttpResponse<InputStream> response = client.send(request(subscribe).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new AssertionError("SUBSCRIBE answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        stream = response.body();
        streamId = response.headers().firstValue("Mesos-Stream-Id").orElseThrow();
        Thread reader = new Thread(this::read, "itest-framework-" + name);
        reader.setDaemon(true);
        reader.start();
        Map<String, Object> subscribed = await("SUBSCRIBED", e -> "SUBSCRIBED".equals(e.get("type")));
        frameworkId = (String) path(subscribed, "subscribed", "framework_id", "value");
    }

    static V1Framework subscribe(int port, String name) {
        try {
            return new V1Framework(port, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String frameworkId() {
        return frameworkId;
    }

    /** Launches a command task (shell) on the next offer, with 0.1 cpus and 32 MB; {@code uris} are fetched first. */
    void launch(String taskId, String command, String... uris) {
        Map<String, Object> offer = nextOffer();
        String fetched = List.of(uris).stream().map(u -> "{\"value\":" + quote(u) + ",\"extract\":false}")
                .collect(Collectors.joining(","));
        String task = "{\"name\":" + quote(taskId) + ",\"task_id\":{\"value\":" + quote(taskId) + "},\"agent_id\":"
                + "{\"value\":" + quote((String) path(offer, "agent_id", "value")) + "},\"resources\":["
                + "{\"name\":\"cpus\",\"type\":\"SCALAR\",\"scalar\":{\"value\":0.1}},"
                + "{\"name\":\"mem\",\"type\":\"SCALAR\",\"scalar\":{\"value\":32}}],"
                + "\"command\":{\"value\":" + quote(command) + ",\"uris\":[" + fetched + "]}}";
        call("{\"framework_id\":{\"value\":" + quote(frameworkId) + "},\"type\":\"ACCEPT\",\"accept\":{\"offer_ids\":"
                + "[{\"value\":" + quote((String) path(offer, "id", "value")) + "}],\"operations\":[{\"type\":\"LAUNCH\","
                + "\"launch\":{\"task_infos\":[" + task + "]}}],\"filters\":{\"refuse_seconds\":0.1}}}");
    }

    /** The first status of {@code taskId} with state {@code state}, from an UPDATE event. */
    Map<String, Object> awaitStatus(String taskId, String state) {
        Map<String, Object> update = await(taskId + " " + state, e -> "UPDATE".equals(e.get("type"))
                && taskId.equals(path(e, "update", "status", "task_id", "value"))
                && state.equals(path(e, "update", "status", "state")));
        return (Map<String, Object>) path(update, "update", "status");
    }

    /** The first terminal status of {@code taskId}. */
    Map<String, Object> awaitTerminal(String taskId) {
        Map<String, Object> update = await(taskId + " to end", e -> "UPDATE".equals(e.get("type"))
                && taskId.equals(path(e, "update", "status", "task_id", "value"))
                && List.of("TASK_FINISHED", "TASK_FAILED", "TASK_KILLED", "TASK_LOST", "TASK_ERROR", "TASK_DROPPED")
                        .contains(path(e, "update", "status", "state")));
        return (Map<String, Object>) path(update, "update", "status");
    }

    private Map<String, Object> nextOffer() {
        int skip = offersTaken++;
        Map<String, Object> event = Await.value("offer #" + (skip + 1), EVENT_TIMEOUT, () -> events.stream()
                .filter(e -> "OFFERS".equals(e.get("type"))).skip(skip).findFirst());
        return (Map<String, Object>) ((List<?>) path(event, "offers", "offers")).get(0);
    }

    private Map<String, Object> await(String what, Predicate<Map<String, Object>> wanted) {
        try {
            return Await.value(what, EVENT_TIMEOUT, () -> events.stream().filter(wanted).findFirst());
        } catch (AssertionError e) {
            // Pax Exam reports the cause of a failure only: print what did arrive for the output file
            System.out.println("waited in vain for " + what + "; events: " + events);
            throw e;
        }
    }

    /** The agent sends a task's next update only once the last one is acknowledged, as in Mesos. */
    private void acknowledge(Map<String, Object> event) {
        Object uuid = path(event, "update", "status", "uuid");
        if ("UPDATE".equals(event.get("type")) && uuid != null) {
            call("{\"framework_id\":{\"value\":" + quote(frameworkId) + "},\"type\":\"ACKNOWLEDGE\",\"acknowledge\":{"
                    + "\"agent_id\":{\"value\":" + quote((String) path(event, "update", "status", "agent_id", "value"))
                    + "},\"task_id\":{\"value\":" + quote((String) path(event, "update", "status", "task_id", "value"))
                    + "},\"uuid\":" + quote((String) uuid) + "}}");
        }
    }

    private void call(String json) {
        try {
            HttpResponse<String> response = client.send(request(json).header("Mesos-Stream-Id", streamId).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new AssertionError("call answered " + response.statusCode() + ": " + response.body() + "\n" + json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpRequest.Builder request(String json) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/scheduler"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** RecordIO: a decimal length, a newline, that many bytes of JSON; until the stream closes. */
    private void read() {
        try {
            while (true) {
                StringBuilder length = new StringBuilder();
                for (int c = stream.read(); c != '\n'; c = stream.read()) {
                    if (c < 0) {
                        return;
                    }
                    length.append((char) c);
                }
                byte[] record = stream.readNBytes(Integer.parseInt(length.toString().trim()));
                Map<String, Object> event = Json.parseObject(new String(record, StandardCharsets.UTF_8));
                events.add(event);
                acknowledge(event);
            }
        } catch (IOException closed) {
            // the test is over, or the master went away: no more events
        }
    }

    static Object path(Map<String, Object> json, String... keys) {
        Object at = json;
        for (String key : keys) {
            at = at instanceof Map ? ((Map<String, Object>) at).get(key) : null;
        }
        return at;
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException ignored) {
            // closing the stream is all that is left to do
        }
    }
}
