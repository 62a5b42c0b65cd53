package io.osmos.master.view;

import io.osmos.api.resources.Resources;
import io.osmos.master.core.MasterView;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.FrameworkRoles;
import io.osmos.master.state.OfferEntry;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.runtime.http.Codec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One framework in {@code /state}, with its tasks, offers and executors, as Mesos shows it. Made on
 * the actor; the tasks are kept as their immutable {@code Task} messages and turned into JSON only as
 * they are written.
 */
final class FrameworkJson {
    /** The executors on all agents, shown per framework; gathered in one pass over the agents. */
    record Executors(Map<FrameworkID, List<Object>> byFramework) {
        List<Object> of(FrameworkID framework) {
            return byFramework.getOrDefault(framework, List.of());
        }
    }

    private FrameworkJson() {
    }

    @SuppressWarnings("deprecation") // the single role is shown for frameworks that subscribed with it
    static Map<String, Object> of(FrameworkEntry framework, MasterView view, Usage usage, Executors executors,
            ResourcesJson.Memo memo) {
        FrameworkInfo info = framework.info();
        Resources used = usage.used(framework.id());
        Resources offered = usage.offered(framework.id());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", framework.id().getValue());
        json.put("name", info.getName());
        json.put("used_resources", ResourcesJson.of(used));
        json.put("offered_resources", ResourcesJson.of(offered));
        json.put("capabilities", info.getCapabilitiesList().stream().map(c -> c.getType().name()).toList());
        json.put("hostname", info.getHostname());
        json.put("webui_url", info.getWebuiUrl());
        json.put("active", framework.active());
        json.put("connected", framework.connected());
        json.put("recovered", false);
        json.put("user", info.getUser());
        json.put("failover_timeout", info.getFailoverTimeout());
        json.put("checkpoint", info.getCheckpoint());
        if (!FrameworkRoles.multiRole(info)) {
            json.put("role", info.getRole());
        }
        json.put("roles", List.copyOf(framework.roles()));
        json.put("suppressed_roles", List.copyOf(framework.suppressedRoles()));
        json.put("registered_time", framework.times().registeredMillis() / 1000.0);
        json.put("unregistered_time", framework.times().unregisteredMillis() / 1000.0);
        if (framework.times().reregisteredMillis() != 0) {
            json.put("reregistered_time", framework.times().reregisteredMillis() / 1000.0);
        }
        if (info.hasPrincipal()) {
            json.put("principal", info.getPrincipal());
        }
        json.put("resources", ResourcesJson.of(used.plus(offered)));
        json.put("allocated_resources", ResourcesJson.of(used));
        if (info.hasLabels()) {
            json.put("labels", labels(info.getLabels().getLabelsList()));
        }
        List<TaskJson.Running> tasks = new ArrayList<>(framework.tasks().size());
        framework.tasks().forEach(task -> tasks.add(new TaskJson.Running(task.task(), task.resources())));
        json.put("tasks", new Json.Each<>(tasks, task -> TaskJson.of(task, memo)));
        json.put("unreachable_tasks", new Json.Each<>(framework.unreachableTasks(), task -> TaskJson.of(task, memo)));
        json.put("completed_tasks", new Json.Each<>(framework.completedTasks(), task -> TaskJson.of(task, memo)));
        List<Object> offers = new ArrayList<>();
        for (OfferEntry offer : view.offers()) {
            if (offer.frameworkId().equals(framework.id())) {
                offers.add(offer(offer));
            }
        }
        json.put("offers", offers);
        json.put("executors", executors.of(framework.id()));
        json.put("completed_executors", List.of());
        return json;
    }

    static List<Object> labels(List<Label> labels) {
        List<Object> json = new ArrayList<>();
        for (Label label : labels) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("key", label.getKey());
            if (label.hasValue()) {
                one.put("value", label.getValue());
            }
            json.add(one);
        }
        return json;
    }

    private static Map<String, Object> offer(OfferEntry offer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", offer.id().getValue());
        json.put("framework_id", offer.frameworkId().getValue());
        json.put("slave_id", offer.agentId().getValue());
        json.put("resources", ResourcesJson.of(offer.resources()));
        json.put("allocation_info", Map.of("role", offer.offer().getAllocationInfo().getRole()));
        return json;
    }

    /** Call on the actor. */
    static Executors executors(MasterView view) {
        Map<FrameworkID, List<Object>> byFramework = new HashMap<>();
        for (AgentEntry agent : view.agents()) {
            for (FrameworkID framework : agent.executors().frameworkIds()) {
                List<Object> json = byFramework.computeIfAbsent(framework, f -> new ArrayList<>());
                agent.executors().of(framework).forEach(executor -> {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("executor_id", executor.getExecutorId().getValue());
                    one.put("name", executor.getName());
                    one.put("framework_id", framework.getValue());
                    one.put("command", new Json.Raw(Codec.toJson(executor.getCommand())));
                    one.put("resources", ResourcesJson.of(Resources.of(executor.getResourcesList())));
                    one.put("slave_id", agent.id().getValue());
                    json.add(one);
                });
            }
        }
        return new Executors(byFramework);
    }
}
