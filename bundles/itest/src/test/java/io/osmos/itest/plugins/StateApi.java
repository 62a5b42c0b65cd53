package io.osmos.itest.plugins;

import io.osmos.itest.support.Http;
import io.osmos.itest.support.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The master's {@code GET /state} as an operator reads it: agents, and tasks of every framework. */
@SuppressWarnings("unchecked")
final class StateApi {
    private final int port;

    StateApi(int port) {
        this.port = port;
    }

    Map<String, Object> state() {
        Http.Response response = Http.get("127.0.0.1", port, "/state");
        if (response.status() != 200) {
            throw new AssertionError("GET /state answered " + response.status() + ": " + response.body());
        }
        return Json.parseObject(response.body());
    }

    List<Map<String, Object>> agents() {
        return (List<Map<String, Object>>) state().get("slaves");
    }

    /** The task as /state shows it, running or completed. */
    Optional<Map<String, Object>> task(String taskId) {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (Object framework : (List<?>) state().get("frameworks")) {
            Map<String, Object> f = (Map<String, Object>) framework;
            tasks.addAll((List<Map<String, Object>>) f.getOrDefault("tasks", List.of()));
            tasks.addAll((List<Map<String, Object>>) f.getOrDefault("completed_tasks", List.of()));
        }
        return tasks.stream().filter(t -> taskId.equals(t.get("id"))).findFirst();
    }

    /** Labels as {@code key=value}, from a task or status JSON holding Mesos labels. */
    static List<String> labels(Object labels) {
        List<?> list = labels instanceof Map ? (List<?>) ((Map<String, Object>) labels).get("labels") : (List<?>) labels;
        List<String> out = new ArrayList<>();
        for (Object label : list == null ? List.of() : list) {
            Map<String, Object> l = (Map<String, Object>) label;
            out.add(l.get("key") + "=" + l.getOrDefault("value", ""));
        }
        return out;
    }
}
