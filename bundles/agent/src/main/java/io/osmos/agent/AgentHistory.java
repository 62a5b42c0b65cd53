package io.osmos.agent;

import io.osmos.agent.executor.Executor;
import io.osmos.agent.executor.ExecutorObserver;
import io.osmos.agent.executor.ExecutorRegistry;
import io.osmos.agent.executor.TaskRecord;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Task;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the agent ran and no longer runs, for {@code /state} and the operator API: completed tasks of
 * running executors, completed executors of each framework, and completed frameworks. Bounded as a
 * Mesos agent bounds it (its max_completed_* defaults), oldest forgotten first. Touched only on the
 * agent's actor.
 */
public final class AgentHistory implements ExecutorObserver {
    static final int MAX_COMPLETED_FRAMEWORKS = 50;
    static final int MAX_COMPLETED_EXECUTORS_PER_FRAMEWORK = 150;
    static final int MAX_COMPLETED_TASKS_PER_EXECUTOR = 200;

    /** An executor that is gone, with the tasks it ran, as the master would record them. */
    public record CompletedExecutor(ExecutorInfo info, ContainerID containerId, Path directory, List<Task> tasks) {
    }

    private final Supplier<AgentID> agentId;
    private final ExecutorRegistry live;
    private final Map<FrameworkID, FrameworkInfo> frameworks = new LinkedHashMap<>();
    private final Map<FrameworkID, Deque<CompletedExecutor>> executors = new HashMap<>();
    private final Map<Executor, Deque<Task>> tasks = new IdentityHashMap<>();

    AgentHistory(Supplier<AgentID> agentId, ExecutorRegistry live) {
        this.agentId = agentId;
        this.live = live;
    }

    /** A task as the agent shows it: every status it accepted, and the update still in flight, if any. */
    public static Task model(TaskRecord task, AgentID agentId) {
        return task.toTask(agentId == null ? AgentID.getDefaultInstance() : agentId, Optional.empty()).toBuilder()
                .clearStatuses().addAllStatuses(task.statuses()).build();
    }

    @Override
    public void sandboxInUse(Executor executor) {
    }

    @Override
    public void taskRemoved(Executor executor, TaskRecord task) {
        Deque<Task> completed = tasks.computeIfAbsent(executor, e -> new ArrayDeque<>());
        completed.addLast(model(task, agentId.get()));
        trim(completed, MAX_COMPLETED_TASKS_PER_EXECUTOR);
    }

    @Override
    public void executorRemoved(Executor executor) {
        List<Task> ran = new ArrayList<>(completedTasks(executor));
        executor.tasks().forEach(t -> ran.add(model(t, agentId.get())));
        tasks.remove(executor);
        Deque<CompletedExecutor> completed = executors.computeIfAbsent(executor.frameworkId(), f -> new ArrayDeque<>());
        completed.addLast(new CompletedExecutor(executor.info(), executor.containerId(), executor.directory(),
                List.copyOf(ran.subList(Math.max(0, ran.size() - MAX_COMPLETED_TASKS_PER_EXECUTOR), ran.size()))));
        trim(completed, MAX_COMPLETED_EXECUTORS_PER_FRAMEWORK);
        frameworks.remove(executor.frameworkId()); // re-added last: the most recently completed goes last
        frameworks.put(executor.frameworkId(), executor.framework());
        forgetOldFrameworks();
    }

    /** The tasks of a running executor that ended and were acknowledged, oldest first. */
    public List<Task> completedTasks(Executor executor) {
        return List.copyOf(tasks.getOrDefault(executor, new ArrayDeque<>()));
    }

    /** The executors of a framework that are gone, oldest first. */
    public List<CompletedExecutor> completedExecutors(FrameworkID framework) {
        return List.copyOf(executors.getOrDefault(framework, new ArrayDeque<>()));
    }

    /** Frameworks that ran executors here and have none running any more, oldest first. */
    public List<FrameworkInfo> completedFrameworks() {
        return frameworks.values().stream().filter(f -> live.of(f.getId()).isEmpty()).toList();
    }

    private void forgetOldFrameworks() {
        int completed = completedFrameworks().size();
        Iterator<FrameworkID> oldest = frameworks.keySet().iterator();
        while (completed > MAX_COMPLETED_FRAMEWORKS && oldest.hasNext()) {
            FrameworkID id = oldest.next();
            if (live.of(id).isEmpty()) {
                oldest.remove();
                executors.remove(id);
                completed--;
            }
        }
    }

    private static <T> void trim(Deque<T> deque, int max) {
        while (deque.size() > max) {
            deque.removeFirst();
        }
    }
}
