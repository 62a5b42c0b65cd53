package io.osmos.itest.swap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The scheduler calls a {@link SwapFramework} makes, as JSON over HTTP/1.1, with its Mesos-Stream-Id. */
final class SchedulerCalls {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;
    private volatile String streamId;

    SchedulerCalls(int port) {
        uri = URI.create("http://127.0.0.1:" + port + "/api/v1/scheduler");
    }

    /** SUBSCRIBE as {@code name} in role "*"; returns the event stream once the 200 headers are in. */
    InputStream subscribe(String name) {
        JsonObject info = new JsonObject();
        info.addProperty("user", System.getProperty("user.name", "root"));
        info.addProperty("name", name);
        JsonObject subscribe = new JsonObject();
        subscribe.add("framework_info", info);
        JsonObject call = new JsonObject();
        call.addProperty("type", "SUBSCRIBE");
        call.add("subscribe", subscribe);
        HttpResponse<InputStream> answer = send(request(call), HttpResponse.BodyHandlers.ofInputStream());
        if (answer.statusCode() != 200) {
            throw new AssertionError("SUBSCRIBE of " + name + " answered " + answer.statusCode() + ": " + text(answer));
        }
        streamId = answer.headers().firstValue("Mesos-Stream-Id").orElseThrow(() ->
                new AssertionError("SUBSCRIBE answered without a Mesos-Stream-Id"));
        return answer.body();
    }

    /** ACCEPT with one LAUNCH of a command task using 0.1 cpus and 32 MB; what is left goes back unfiltered. */
    int launch(String frameworkId, String offerId, String agentId, String taskId, String command) {
        JsonObject task = new JsonObject();
        task.addProperty("name", taskId);
        task.add("task_id", value(taskId));
        task.add("agent_id", value(agentId));
        JsonArray resources = new JsonArray();
        resources.add(scalar("cpus", 0.1));
        resources.add(scalar("mem", 32));
        task.add("resources", resources);
        task.add("command", value(command));
        JsonArray tasks = new JsonArray();
        tasks.add(task);
        JsonObject launch = new JsonObject();
        launch.add("task_infos", tasks);
        JsonObject operation = new JsonObject();
        operation.addProperty("type", "LAUNCH");
        operation.add("launch", launch);
        JsonObject accept = offers(offerId, 0);
        JsonArray operations = new JsonArray();
        operations.add(operation);
        accept.add("operations", operations);
        return call(frameworkId, "ACCEPT", "accept", accept);
    }

    int decline(String frameworkId, String offerId, double refuseSeconds) {
        return call(frameworkId, "DECLINE", "decline", offers(offerId, refuseSeconds));
    }

    int acknowledge(String frameworkId, JsonObject status) {
        JsonObject acknowledge = new JsonObject();
        acknowledge.add("agent_id", status.get("agent_id"));
        acknowledge.add("task_id", status.get("task_id"));
        acknowledge.add("uuid", status.get("uuid"));
        return call(frameworkId, "ACKNOWLEDGE", "acknowledge", acknowledge);
    }

    int teardown(String frameworkId) {
        return call(frameworkId, "TEARDOWN", null, null);
    }

    private int call(String frameworkId, String type, String field, JsonObject body) {
        JsonObject call = new JsonObject();
        call.add("framework_id", value(frameworkId));
        call.addProperty("type", type);
        if (field != null) {
            call.add(field, body);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Mesos-Stream-Id", streamId).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(call.toString())).build();
        return send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static JsonObject offers(String offerId, double refuseSeconds) {
        JsonArray ids = new JsonArray();
        ids.add(value(offerId));
        JsonObject filters = new JsonObject();
        filters.addProperty("refuse_seconds", refuseSeconds);
        JsonObject body = new JsonObject();
        body.add("offer_ids", ids);
        body.add("filters", filters);
        return body;
    }

    private static JsonObject value(String text) {
        JsonObject value = new JsonObject();
        value.addProperty("value", text);
        return value;
    }

    private static JsonObject scalar(String name, double amount) {
        JsonObject resource = new JsonObject();
        resource.addProperty("name", name);
        resource.addProperty("type", "SCALAR");
        JsonObject scalar = new JsonObject();
        scalar.addProperty("value", amount);
        resource.add("scalar", scalar);
        return resource;
    }

    private HttpRequest request(JsonObject call) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(call.toString())).build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<InputStream> answer) {
        try (InputStream in = answer.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
