package io.osmos.agent;

import io.osmos.agent.executor.Executor;
import io.osmos.agent.executor.ExecutorRegistry;
import io.osmos.agent.executor.TaskRecord;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.TaskState;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The agent's metrics under the Mesos agent's names ({@code slave/...}): counters kept as things
 * happen, gauges computed from the agent's state when asked. Touched only on the agent's actor.
 */
final class AgentMetrics {
    private final Map<TaskState, Long> terminal = new EnumMap<>(TaskState.class);
    private long executorsTerminated;

    /** A task reached a terminal state. */
    void taskEnded(TaskState state) {
        terminal.merge(state, 1L, Long::sum);
    }

    void executorTerminated() {
        executorsTerminated++;
    }

    /**
     * @param total the resources the agent advertises
     * @param uptimeSecs seconds since the agent started
     */
    Map<String, Double> snapshot(ExecutorRegistry executors, Resources total, boolean registered, double uptimeSecs,
            int recoveryErrors, long containerLaunchErrors, AgentHooks hooks) {
        Map<String, Double> metrics = new TreeMap<>();
        metrics.put("slave/registered", registered ? 1.0 : 0.0);
        metrics.put("slave/uptime_secs", uptimeSecs);
        metrics.put("slave/recovery_errors", (double) recoveryErrors);
        metrics.put("slave/container_launch_errors", (double) containerLaunchErrors);
        metrics.put("slave/executors_terminated", (double) executorsTerminated);
        Map<TaskState, Integer> active = new EnumMap<>(TaskState.class);
        Map<Executor.State, Integer> states = new EnumMap<>(Executor.State.class);
        Resources used = Resources.EMPTY;
        for (Executor executor : executors.all()) {
            states.merge(executor.state(), 1, Integer::sum);
            if (executor.state() != Executor.State.TERMINATED && executor.kind() != Executor.Kind.COMMAND) {
                used = used.plus(resources(executor.info().getResourcesList()));
            }
            for (TaskRecord task : executor.tasks()) {
                active.merge(task.state(), 1, Integer::sum);
                if (!task.isTerminal()) {
                    used = used.plus(resources(task.info().getResourcesList()));
                }
            }
        }
        for (TaskState state : new TaskState[] {TaskState.TASK_STAGING, TaskState.TASK_STARTING,
                TaskState.TASK_RUNNING, TaskState.TASK_KILLING}) {
            metrics.put("slave/" + name(state), (double) active.getOrDefault(state, 0));
        }
        for (TaskState state : new TaskState[] {TaskState.TASK_FINISHED, TaskState.TASK_FAILED,
                TaskState.TASK_KILLED, TaskState.TASK_LOST, TaskState.TASK_GONE, TaskState.TASK_DROPPED}) {
            metrics.put("slave/" + name(state), (double) terminal.getOrDefault(state, 0L));
        }
        metrics.put("slave/executors_registering", (double) states.getOrDefault(Executor.State.REGISTERING, 0));
        metrics.put("slave/executors_running", (double) states.getOrDefault(Executor.State.RUNNING, 0));
        metrics.put("slave/executors_terminating", (double) states.getOrDefault(Executor.State.TERMINATING, 0));
        metrics.put("slave/frameworks_active", (double) executors.all().stream().map(Executor::frameworkId)
                .distinct().count());
        for (String resource : new String[] {"cpus", "gpus", "mem", "disk"}) {
            double totalAmount = total.nonRevocable().scalar(resource);
            double usedAmount = used.nonRevocable().scalar(resource);
            metrics.put("slave/" + resource + "_total", totalAmount);
            metrics.put("slave/" + resource + "_used", usedAmount);
            metrics.put("slave/" + resource + "_percent", totalAmount > 0 ? usedAmount / totalAmount : 0.0);
        }
        metrics.put("slave/hook_failures", (double) hooks.failures());
        hooks.failuresByHook().forEach((hook, count) -> metrics.put("slave/hooks/" + hook + "/failures",
                (double) count));
        return metrics;
    }

    // The master checked them; a recovered task with odd ones still counts, as nothing.
    private static Resources resources(List<Resource> resources) {
        try {
            return Resources.of(resources);
        } catch (IllegalArgumentException e) {
            return Resources.EMPTY;
        }
    }

    // TASK_RUNNING -> tasks_running, as Mesos names its task metrics.
    private static String name(TaskState state) {
        return "tasks_" + state.name().substring("TASK_".length()).toLowerCase(Locale.ROOT);
    }
}
