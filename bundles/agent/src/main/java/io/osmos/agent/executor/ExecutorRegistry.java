package io.osmos.agent.executor;

import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every executor on this agent, by framework and executor id; touched only from the agent's actor. */
public final class ExecutorRegistry {
    private final Map<FrameworkID, Map<ExecutorID, Executor>> executors = new LinkedHashMap<>();

    public Optional<Executor> get(FrameworkID framework, ExecutorID executor) {
        return Optional.ofNullable(executors.getOrDefault(framework, Map.of()).get(executor));
    }

    /** The executor that holds a task. */
    public Optional<Executor> byTask(TaskKey key) {
        for (Executor executor : executors.getOrDefault(key.frameworkId(), Map.of()).values()) {
            if (executor.tasks.containsKey(key.taskId())) {
                return Optional.of(executor);
            }
        }
        return Optional.empty();
    }

    public Optional<TaskRecord> task(TaskKey key) {
        return byTask(key).map(e -> e.tasks.get(key.taskId()));
    }

    public List<Executor> all() {
        List<Executor> all = new ArrayList<>();
        executors.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    public List<Executor> of(FrameworkID framework) {
        return new ArrayList<>(executors.getOrDefault(framework, Map.of()).values());
    }

    public List<TaskRecord> tasks() {
        List<TaskRecord> tasks = new ArrayList<>();
        all().forEach(e -> tasks.addAll(e.tasks.values()));
        return tasks;
    }

    /** Drops every executor's connection, as the kernel does when the agent's process dies. */
    public void dropConnections() {
        for (Executor executor : all()) {
            if (executor.subscription != null) {
                executor.subscription.close();
            }
        }
    }

    void add(Executor executor) {
        executors.computeIfAbsent(executor.frameworkId(), f -> new LinkedHashMap<>()).put(executor.id(), executor);
    }

    public void remove(Executor executor) {
        Map<ExecutorID, Executor> ofFramework = executors.get(executor.frameworkId());
        if (ofFramework != null && ofFramework.remove(executor.id(), executor) && ofFramework.isEmpty()) {
            executors.remove(executor.frameworkId());
        }
    }
}
