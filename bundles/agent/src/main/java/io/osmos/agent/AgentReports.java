package io.osmos.agent;

import io.osmos.agent.executor.Executor;
import io.osmos.agent.executor.ExecutorRegistry;
import io.osmos.agent.executor.TaskKey;
import io.osmos.agent.executor.TaskRecord;
import io.osmos.agent.status.StatusUpdateManager;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Task;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What the agent tells the master about what it runs, when it (re)registers. */
final class AgentReports {
    private AgentReports() {
    }

    static AgentCall subscription(AgentState state, AgentInfo info, String version, ExecutorRegistry executors,
            StatusUpdateManager updates) {
        if (state.agentId == null) {
            return AgentCalls.register(info, version);
        }
        List<Task> tasks = tasks(state, executors, updates);
        List<ExecutorInfo> running = new ArrayList<>();
        Set<FrameworkID> frameworks = new LinkedHashSet<>();
        tasks.forEach(t -> frameworks.add(t.getFrameworkId()));
        for (Executor executor : executors.all()) {
            // The master knows the executors frameworks gave; a command task's executor is the agent's own.
            if (executor.kind() != Executor.Kind.COMMAND && executor.state() != Executor.State.TERMINATED) {
                running.add(executor.info());
                frameworks.add(executor.frameworkId());
            }
        }
        List<FrameworkInfo> known = frameworks.stream().map(state.frameworks::get).filter(Objects::nonNull).toList();
        return AgentCalls.reregister(info, version, tasks, running, known);
    }

    /** Non-terminal tasks, and terminal ones whose last update still waits for its acknowledgement. */
    static List<Task> tasks(AgentState state, ExecutorRegistry executors, StatusUpdateManager updates) {
        List<Task> records = new ArrayList<>();
        for (TaskRecord task : executors.tasks()) {
            TaskKey key = task.key();
            if (!task.isTerminal() || updates.hasPending(key.frameworkId(), key.taskId())) {
                records.add(task.toTask(state.agentId, updates.unacknowledged(key.frameworkId(), key.taskId())));
            }
        }
        return records;
    }
}
