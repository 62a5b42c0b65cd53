package io.osmos.master.view;

import io.osmos.api.resources.Resources;
import io.osmos.master.core.Counters;
import io.osmos.master.core.MasterView;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.TaskEntry;
import io.osmos.master.state.TaskStates;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskState;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The master's metrics under their Mesos names, for {@code /metrics/snapshot}. */
public final class MetricsSnapshot {
    private static final List<TaskState> GAUGED = List.of(TaskState.TASK_STAGING, TaskState.TASK_STARTING,
            TaskState.TASK_RUNNING, TaskState.TASK_KILLING, TaskState.TASK_UNREACHABLE);
    private static final List<TaskState> COUNTED = List.of(TaskState.TASK_FINISHED, TaskState.TASK_FAILED,
            TaskState.TASK_KILLED, TaskState.TASK_LOST, TaskState.TASK_ERROR, TaskState.TASK_DROPPED,
            TaskState.TASK_GONE, TaskState.TASK_GONE_BY_OPERATOR);
    // Counters Mesos always reports, zero until something happens.
    private static final List<String> EVENTS = List.of("master/valid_status_updates",
            "master/invalid_status_updates", "master/slave_registrations", "master/slave_reregistrations",
            "master/slave_removals", "master/slave_removals/reason_unhealthy",
            "master/slave_removals/reason_unregistered", "master/slave_unreachable_scheduled",
            "master/slave_unreachable_completed", "master/slave_unreachable_canceled",
            "master/valid_operation_status_update_acknowledgements",
            "master/invalid_operation_status_update_acknowledgements");

    private MetricsSnapshot() {
    }

    /** Call inside {@link io.osmos.master.core.Master#read}. */
    public static Map<String, Number> of(MasterView view) {
        Map<String, Number> metrics = new TreeMap<>();
        metrics.put("master/elected", 1);
        metrics.put("master/uptime_secs", (System.currentTimeMillis() - view.startMillis()) / 1000.0);
        frameworks(view, metrics);
        agents(view, metrics);
        tasks(view, metrics);
        metrics.put("master/outstanding_offers", view.offers().size());
        Counters counters = view.counters();
        EVENTS.forEach(name -> metrics.put(name, counters.get(name)));
        counters.snapshot().forEach((name, count) -> metrics.putIfAbsent(name, count));
        metrics.put("master/allocator_failures", view.allocatorFailures());
        metrics.put("master/hook_failures", view.hookFailures());
        view.hookFailuresByHook().forEach((hook, count) -> metrics.put("master/hooks/" + hook + "/failures", count));
        metrics.put("master/operator_event_stream_subscribers", view.operatorSubscribers());
        return metrics;
    }

    /** The metrics as the flat JSON object Mesos serves. */
    public static String toJson(Map<String, Number> metrics) {
        return Json.write(metrics);
    }

    private static void frameworks(MasterView view, Map<String, Number> metrics) {
        int active = 0;
        int connected = 0;
        for (FrameworkEntry framework : view.frameworks()) {
            active += framework.active() ? 1 : 0;
            connected += framework.connected() ? 1 : 0;
        }
        int all = view.frameworks().size();
        metrics.put("master/frameworks_active", active);
        metrics.put("master/frameworks_inactive", all - active);
        metrics.put("master/frameworks_connected", connected);
        metrics.put("master/frameworks_disconnected", all - connected);
    }

    private static void agents(MasterView view, Map<String, Number> metrics) {
        int active = 0;
        int connected = 0;
        Resources total = Resources.EMPTY;
        Resources used = Resources.EMPTY;
        for (AgentEntry agent : view.agents()) {
            active += agent.active() ? 1 : 0;
            connected += agent.connected() ? 1 : 0;
            total = total.plus(agent.total());
            for (Resources byFramework : agent.allocated().values()) {
                used = used.plus(byFramework);
            }
        }
        int all = view.agents().size();
        metrics.put("master/slaves_active", active);
        metrics.put("master/slaves_inactive", all - active);
        metrics.put("master/slaves_connected", connected);
        metrics.put("master/slaves_disconnected", all - connected);
        metrics.put("master/slaves_unreachable", view.unreachableAgents().size());
        for (String name : List.of("cpus", "mem", "disk", "gpus")) {
            double t = total.nonRevocable().scalar(name);
            double u = used.nonRevocable().scalar(name);
            metrics.put("master/" + name + "_total", t);
            metrics.put("master/" + name + "_used", u);
            metrics.put("master/" + name + "_percent", t == 0 ? 0.0 : u / t);
        }
    }

    private static void tasks(MasterView view, Map<String, Number> metrics) {
        GAUGED.forEach(state -> metrics.put(TaskStates.metric(state), 0));
        for (FrameworkEntry framework : view.frameworks()) {
            for (TaskEntry task : framework.tasks()) {
                if (GAUGED.contains(task.state())) {
                    metrics.merge(TaskStates.metric(task.state()), 1, (a, b) -> a.intValue() + b.intValue());
                }
            }
            for (Task task : framework.unreachableTasks()) {
                if (task.getState() == TaskState.TASK_UNREACHABLE) {
                    metrics.merge(TaskStates.metric(TaskState.TASK_UNREACHABLE), 1,
                            (a, b) -> a.intValue() + b.intValue());
                }
            }
        }
        COUNTED.forEach(state -> metrics.put(TaskStates.metric(state), view.counters().get(TaskStates.metric(state))));
    }
}
