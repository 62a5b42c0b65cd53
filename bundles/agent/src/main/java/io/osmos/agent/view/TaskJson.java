package io.osmos.agent.view;

import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.runtime.http.Codec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One task in the agent's {@code /state}, as Mesos shows it. */
final class TaskJson {
    private TaskJson() {
    }

    static Map<String, Object> of(Task task) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", task.getTaskId().getValue());
        json.put("name", task.getName());
        json.put("framework_id", task.getFrameworkId().getValue());
        json.put("executor_id", task.getExecutorId().getValue());
        json.put("slave_id", task.getAgentId().getValue());
        json.put("state", task.getState().name());
        json.put("resources", ResourcesJson.of(ResourcesJson.of(task.getResourcesList())));
        task.getResourcesList().stream().filter(Resource::hasAllocationInfo).findFirst()
                .ifPresent(r -> json.put("role", r.getAllocationInfo().getRole()));
        List<Object> statuses = new ArrayList<>();
        for (TaskStatus status : task.getStatusesList()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("state", status.getState().name());
            one.put("timestamp", status.getTimestamp());
            if (status.hasLabels()) {
                one.put("labels", labels(status.getLabels()));
            }
            if (status.hasContainerStatus()) {
                one.put("container_status", new Json.Raw(Codec.toJson(status.getContainerStatus())));
            }
            statuses.add(one);
        }
        json.put("statuses", statuses);
        if (task.hasLabels()) {
            json.put("labels", labels(task.getLabels()));
        }
        if (task.hasDiscovery()) {
            json.put("discovery", new Json.Raw(Codec.toJson(task.getDiscovery())));
        }
        if (task.hasKillPolicy()) {
            json.put("kill_policy", new Json.Raw(Codec.toJson(task.getKillPolicy())));
        }
        return json;
    }

    static List<Object> all(List<Task> tasks) {
        return new ArrayList<>(tasks.stream().map(TaskJson::of).toList());
    }

    /** Labels as Mesos writes them in classic JSON: a plain array of key and value. */
    static List<Object> labels(Labels labels) {
        List<Object> json = new ArrayList<>();
        for (Label label : labels.getLabelsList()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("key", label.getKey());
            if (label.hasValue()) {
                one.put("value", label.getValue());
            }
            json.add(one);
        }
        return json;
    }
}
