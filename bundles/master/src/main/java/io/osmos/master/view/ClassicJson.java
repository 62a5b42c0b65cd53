package io.osmos.master.view;

import io.osmos.master.core.MasterView;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.TaskEntry;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mesos's classic JSON endpoints besides {@code /state}: /frameworks, /slaves, /tasks, /roles, /flags. */
public final class ClassicJson {
    private ClassicJson() {
    }

    /** The rest: call inside {@link io.osmos.master.core.Master#read}. */
    public static String frameworks(MasterView view) {
        Usage usage = new Usage(view);
        FrameworkJson.Executors executors = FrameworkJson.executors(view);
        ResourcesJson.Memo memo = new ResourcesJson.Memo();
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> frameworks = new ArrayList<>();
        view.frameworks().forEach(framework -> frameworks.add(FrameworkJson.of(framework, view, usage, executors, memo)));
        json.put("frameworks", frameworks);
        List<Object> completed = new ArrayList<>();
        view.completedFrameworks().forEach(framework ->
                completed.add(FrameworkJson.of(framework, view, usage, executors, memo)));
        json.put("completed_frameworks", completed);
        json.put("unregistered_frameworks", List.of());
        return Json.write(json);
    }

    public static String slaves(MasterView view) {
        Usage usage = new Usage(view);
        List<Object> slaves = new ArrayList<>();
        view.agents().forEach(agent -> slaves.add(AgentJson.of(agent, usage)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("slaves", slaves);
        json.put("recovered_slaves", List.of());
        return Json.write(json);
    }

    /**
     * @param frameworkId only this framework's tasks, or null
     * @param taskId only tasks with this id, or null
     */
    public static String tasks(MasterView view, int limit, int offset, boolean descending, String frameworkId,
            String taskId) {
        List<Task> all = new ArrayList<>();
        for (FrameworkEntry framework : view.frameworks()) {
            if (frameworkId == null || framework.id().getValue().equals(frameworkId)) {
                framework.tasks().stream().map(TaskEntry::task).forEach(all::add);
                all.addAll(framework.unreachableTasks());
                all.addAll(framework.completedTasks());
            }
        }
        for (FrameworkEntry framework : view.completedFrameworks()) {
            if (frameworkId == null || framework.id().getValue().equals(frameworkId)) {
                all.addAll(framework.completedTasks());
            }
        }
        if (taskId != null) {
            all.removeIf(task -> !task.getTaskId().getValue().equals(taskId));
        }
        if (descending) {
            Collections.reverse(all);
        }
        List<Object> tasks = new ArrayList<>();
        all.stream().skip(offset).limit(limit).forEach(task -> tasks.add(TaskJson.of(task)));
        return Json.write(Map.of("tasks", tasks));
    }

    public static String roles(MasterView view) {
        List<Object> roles = new ArrayList<>();
        for (KnownRoles.Role known : KnownRoles.of(view, new Usage(view))) {
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("name", known.name());
            role.put("weight", view.roles().weight(known.name()));
            Map<String, Object> quota = new LinkedHashMap<>();
            quota.put("role", known.name());
            QuotaConfig config = view.roles().quotas().get(known.name());
            quota.put("guarantee", config == null ? Map.of() : scalars(config.getGuaranteesMap()));
            quota.put("limit", config == null ? Map.of() : scalars(config.getLimitsMap()));
            quota.put("consumed", known.allocated().unallocated().toUnreserved().scalarTotals());
            role.put("quota", quota);
            role.put("resources", known.allocated().plus(known.offered()).unallocated().toUnreserved().scalarTotals());
            role.put("allocated", known.allocated().unallocated().toUnreserved().scalarTotals());
            role.put("offered", known.offered().unallocated().toUnreserved().scalarTotals());
            role.put("reserved", known.reserved().toUnreserved().scalarTotals());
            role.put("frameworks", known.frameworks().stream().map(id -> id.getValue()).toList());
            roles.add(role);
        }
        return Json.write(Map.of("roles", roles));
    }

    public static String flags(MasterView view) {
        return Json.write(Map.of("flags", Flags.of(view)));
    }

    /** Agents and frameworks with counts of their tasks by state, as Mesos's {@code /state-summary}. */
    public static String stateSummary(MasterView view) {
        return StateSummaryJson.of(view);
    }

    private static Map<String, Double> scalars(Map<String, Value.Scalar> quantities) {
        Map<String, Double> json = new LinkedHashMap<>();
        quantities.forEach((name, value) -> json.put(name, value.getValue()));
        return json;
    }
}
