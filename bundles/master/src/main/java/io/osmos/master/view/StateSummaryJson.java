package io.osmos.master.view;

import io.osmos.master.core.MasterView;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.TaskEntry;
import io.osmos.protocol.v1.Protos.TaskState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mesos's {@code /state-summary}: agents and frameworks with their task counts, without the tasks. */
final class StateSummaryJson {
    private static final List<TaskState> COUNTED = List.of(TaskState.TASK_STAGING, TaskState.TASK_STARTING,
            TaskState.TASK_RUNNING, TaskState.TASK_KILLING, TaskState.TASK_FINISHED, TaskState.TASK_KILLED,
            TaskState.TASK_FAILED, TaskState.TASK_LOST, TaskState.TASK_ERROR, TaskState.TASK_UNREACHABLE);

    private StateSummaryJson() {
    }

    static String of(MasterView view) {
        Usage usage = new Usage(view);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("hostname", view.info().getHostname());
        List<Object> slaves = new ArrayList<>();
        for (AgentEntry agent : view.agents()) {
            Map<String, Object> slave = AgentJson.of(agent, usage);
            Set<String> frameworks = new LinkedHashSet<>();
            agent.frameworkIds().forEach(id -> frameworks.add(id.getValue()));
            counts(agent.tasks(), slave);
            slave.put("framework_ids", List.copyOf(frameworks));
            slaves.add(slave);
        }
        json.put("slaves", slaves);
        List<Object> frameworks = new ArrayList<>();
        for (FrameworkEntry framework : view.frameworks()) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("id", framework.id().getValue());
            summary.put("name", framework.info().getName());
            summary.put("used_resources", ResourcesJson.of(usage.used(framework.id())));
            summary.put("offered_resources", ResourcesJson.of(usage.offered(framework.id())));
            summary.put("capabilities", framework.info().getCapabilitiesList().stream()
                    .map(c -> c.getType().name()).toList());
            summary.put("hostname", framework.info().getHostname());
            summary.put("webui_url", framework.info().getWebuiUrl());
            summary.put("active", framework.active());
            summary.put("connected", framework.connected());
            counts(framework.tasks(), summary);
            Set<String> agents = new LinkedHashSet<>();
            framework.tasks().forEach(task -> agents.add(task.agentId().getValue()));
            summary.put("slave_ids", List.copyOf(agents));
            frameworks.add(summary);
        }
        json.put("frameworks", frameworks);
        return Json.write(json);
    }

    private static void counts(Iterable<TaskEntry> tasks, Map<String, Object> json) {
        Map<TaskState, Integer> counts = new LinkedHashMap<>();
        COUNTED.forEach(state -> counts.put(state, 0));
        for (TaskEntry task : tasks) {
            counts.computeIfPresent(task.state(), (state, count) -> count + 1);
        }
        counts.forEach((state, count) -> json.put(state.name(), count));
    }
}
