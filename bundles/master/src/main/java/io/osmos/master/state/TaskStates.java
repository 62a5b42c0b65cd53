package io.osmos.master.state;

import io.osmos.protocol.v1.Protos.TaskState;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Facts about task states that Mesos fixes: which are terminal, and the metric each one counts in. */
public final class TaskStates {
    private TaskStates() {
    }

    /** True for the states a task never leaves. */
    public static boolean isTerminal(TaskState state) {
        return switch (state) {
            case TASK_FINISHED, TASK_FAILED, TASK_KILLED, TASK_ERROR, TASK_LOST, TASK_DROPPED, TASK_GONE,
                    TASK_GONE_BY_OPERATOR -> true;
            default -> false;
        };
    }

    // Made once: every terminal update counts under its state's name.
    private static final Map<TaskState, String> METRICS = new EnumMap<>(TaskState.class);

    static {
        for (TaskState state : TaskState.values()) {
            METRICS.put(state, "master/tasks_" + state.name().substring("TASK_".length()).toLowerCase(Locale.ROOT));
        }
    }

    /** The Mesos metric name of a state, e.g. TASK_RUNNING -> "master/tasks_running". */
    public static String metric(TaskState state) {
        return METRICS.get(state);
    }
}
