package io.osmos.master.state;

import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskID;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A framework's tasks that no longer run where the master can see them: finished ones, and those on
 * agents that became unreachable (which may come back). Both are bounded as Mesos bounds them
 * ({@code --max_completed_tasks_per_framework}, {@code --max_unreachable_tasks_per_framework}).
 */
final class TaskHistory {
    private static final int MAX_COMPLETED_TASKS = 1000;
    private static final int MAX_UNREACHABLE_TASKS = 1000;

    private final Deque<Task> completed = new ArrayDeque<>();
    private final Map<TaskID, Task> unreachable = new LinkedHashMap<>();

    void complete(Task task) {
        if (completed.size() >= MAX_COMPLETED_TASKS) {
            completed.removeFirst();
        }
        completed.addLast(task);
    }

    /** Forgets a completed task that came back running, so it is not shown twice. */
    void uncomplete(TaskID id) {
        for (Iterator<Task> it = completed.iterator(); it.hasNext(); ) {
            if (it.next().getTaskId().equals(id)) {
                it.remove();
            }
        }
    }

    List<Task> completed() {
        return List.copyOf(completed);
    }

    void unreachable(Task task) {
        if (unreachable.size() >= MAX_UNREACHABLE_TASKS && !unreachable.containsKey(task.getTaskId())) {
            TaskID oldest = unreachable.keySet().iterator().next();
            unreachable.remove(oldest);
        }
        unreachable.put(task.getTaskId(), task);
    }

    Task removeUnreachable(TaskID id) {
        return unreachable.remove(id);
    }

    Task unreachableTask(TaskID id) {
        return unreachable.get(id);
    }

    List<Task> unreachable() {
        return List.copyOf(unreachable.values());
    }
}
