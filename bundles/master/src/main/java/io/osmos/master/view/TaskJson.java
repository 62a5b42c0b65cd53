package io.osmos.master.view;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.runtime.http.Codec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One task in {@code /state}, as Mesos shows it. */
final class TaskJson {
    private TaskJson() {
    }

    /** A running task with the resources the master counts for it, which are those of its Task message. */
    record Running(Task task, Resources resources) {
    }

    static Map<String, Object> of(Task task) {
        return of(task, new ResourcesJson.Memo());
    }

    static Map<String, Object> of(Task task, ResourcesJson.Memo memo) {
        return of(task, resources(task), memo);
    }

    static Map<String, Object> of(Running task, ResourcesJson.Memo memo) {
        return of(task.task(), task.resources(), memo);
    }

    private static Map<String, Object> of(Task task, Resources resources, ResourcesJson.Memo memo) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", task.getTaskId().getValue());
        json.put("name", task.getName());
        json.put("framework_id", task.getFrameworkId().getValue());
        json.put("executor_id", task.getExecutorId().getValue());
        json.put("slave_id", task.getAgentId().getValue());
        json.put("state", task.getState().name());
        json.put("resources", memo.of(resources));
        task.getResourcesList().stream().filter(Resource::hasAllocationInfo).findFirst()
                .ifPresent(r -> json.put("role", r.getAllocationInfo().getRole()));
        List<Object> statuses = new ArrayList<>();
        for (TaskStatus status : task.getStatusesList()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("state", status.getState().name());
            one.put("timestamp", status.getTimestamp());
            if (status.hasContainerStatus()) {
                one.put("container_status", new Json.Raw(Codec.toJson(status.getContainerStatus())));
            }
            statuses.add(one);
        }
        json.put("statuses", statuses);
        if (task.hasLabels()) {
            json.put("labels", FrameworkJson.labels(task.getLabels().getLabelsList()));
        }
        if (task.hasUser()) {
            json.put("user", task.getUser());
        }
        return json;
    }

    // Resources were validated on the way in; an adopted task with odd ones still gets shown.
    private static Resources resources(Task task) {
        try {
            return Resources.of(task.getResourcesList());
        } catch (IllegalArgumentException e) {
            return Resources.EMPTY;
        }
    }
}
