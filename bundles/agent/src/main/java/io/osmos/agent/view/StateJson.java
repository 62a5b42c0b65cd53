package io.osmos.agent.view;

import io.osmos.agent.AgentHistory.CompletedExecutor;
import io.osmos.agent.AgentView;
import io.osmos.agent.executor.Executor;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent's {@code /state} in the Mesos agent's JSON shape: who it is, what it offers, its flags,
 * and every framework with its executors and their tasks, then what completed.
 */
public final class StateJson {
    private StateJson() {
    }

    /** Call inside {@link io.osmos.agent.Agent#read}. */
    public static String of(AgentView view) {
        AgentInfo info = view.info();
        Resources total = ResourcesJson.of(info.getResourcesList());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", AgentView.MESOS_VERSION);
        json.put("osmos_version", view.osmosVersion());
        json.put("start_time", view.startTime());
        view.id().ifPresent(id -> json.put("id", id.getValue()));
        json.put("pid", view.pid());
        json.put("hostname", info.getHostname());
        json.put("capabilities", view.capabilities());
        json.put("resources", ResourcesJson.of(total));
        json.put("attributes", ResourcesJson.attributes(info.getAttributesList()));
        view.master().ifPresent(master -> json.put("master_hostname", master.getHostname()));
        json.put("flags", view.flags());
        Map<String, Object> reserved = new LinkedHashMap<>();
        Map<String, Object> reservedFull = new LinkedHashMap<>();
        ResourcesJson.byRole(total.reserved()).forEach((role, resources) -> {
            reserved.put(role, ResourcesJson.of(resources));
            reservedFull.put(role, ResourcesJson.full(resources));
        });
        json.put("reserved_resources", reserved);
        json.put("unreserved_resources", ResourcesJson.of(total.unreserved()));
        json.put("reserved_resources_full", reservedFull);
        json.put("unreserved_resources_full", ResourcesJson.full(total.unreserved()));
        List<Object> frameworks = new ArrayList<>();
        view.frameworks().forEach((id, framework) -> frameworks.add(framework(framework, view,
                view.executors().stream().filter(e -> e.frameworkId().equals(id)).toList())));
        json.put("frameworks", frameworks);
        List<Object> completed = new ArrayList<>();
        view.history().completedFrameworks().forEach(f -> completed.add(framework(f, view, List.of())));
        json.put("completed_frameworks", completed);
        return Json.write(json);
    }

    private static Map<String, Object> framework(FrameworkInfo framework, AgentView view, List<Executor> running) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", framework.getId().getValue());
        json.put("name", framework.getName());
        json.put("user", framework.getUser());
        json.put("failover_timeout", framework.getFailoverTimeout());
        json.put("checkpoint", framework.getCheckpoint());
        json.put("hostname", framework.getHostname());
        json.put("role", framework.getRole());
        json.put("roles", framework.getRolesList());
        json.put("capabilities", framework.getCapabilitiesList().stream().map(c -> c.getType().name()).toList());
        List<Object> executors = new ArrayList<>();
        for (Executor executor : running) {
            ExecutorTasks tasks = ExecutorTasks.of(executor, view);
            List<Task> completed = new ArrayList<>(tasks.completed());
            completed.addAll(tasks.terminated());
            executors.add(executor(executor.info(), executor.containerId().getValue(), executor.directory().toString(),
                    tasks.resources(), tasks.launched(), tasks.queued(), completed));
        }
        json.put("executors", executors);
        List<Object> completed = new ArrayList<>();
        for (CompletedExecutor executor : view.history().completedExecutors(framework.getId())) {
            completed.add(executor(executor.info(), executor.containerId().getValue(), executor.directory().toString(),
                    ResourcesJson.of(executor.info().getResourcesList()), List.of(), List.of(), executor.tasks()));
        }
        json.put("completed_executors", completed);
        return json;
    }

    private static Map<String, Object> executor(ExecutorInfo info, String container, String directory,
            Resources resources, List<Task> tasks, List<Task> queued, List<Task> completed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", info.getExecutorId().getValue());
        json.put("name", info.getName());
        json.put("source", info.getSource());
        json.put("container", container);
        json.put("directory", directory);
        json.put("resources", ResourcesJson.of(resources));
        if (info.hasType()) {
            json.put("type", info.getType().name());
        }
        if (info.hasLabels()) {
            json.put("labels", TaskJson.labels(info.getLabels()));
        }
        json.put("tasks", TaskJson.all(tasks));
        json.put("queued_tasks", TaskJson.all(queued));
        json.put("completed_tasks", TaskJson.all(completed));
        return json;
    }
}
