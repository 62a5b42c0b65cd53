package io.osmos.agent.executor;

import io.osmos.agent.checkpoint.UpdateLog;
import io.osmos.agent.status.TaskStates;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One task on this agent: what the framework asked for, the newest status the agent accepted for it,
 * and, for tasks the agent runs itself (command tasks, task group members), their container. Touched
 * only from the agent's actor.
 */
public final class TaskRecord {
    private final TaskInfo info;
    private final FrameworkID frameworkId;
    private final ExecutorID executorId;
    private final boolean commandTask;
    private ContainerID containerId;
    private TaskStatus latest;
    // Every status accepted, oldest first, for /state and the operator API; a handful per task.
    private final List<TaskStatus> statuses = new ArrayList<>(4);
    private UpdateLog log;
    boolean killing;
    boolean launched;
    /** The tasks launched in one group with this one (itself included); empty outside a group. */
    List<TaskID> group = List.of();

    /** @param commandTask a command task's executor is the agent's own, which the master never sees */
    TaskRecord(TaskInfo info, FrameworkID frameworkId, ExecutorID executorId, boolean commandTask) {
        this.info = info;
        this.frameworkId = frameworkId;
        this.executorId = executorId;
        this.commandTask = commandTask;
    }

    public TaskKey key() {
        return new TaskKey(frameworkId, info.getTaskId());
    }

    public TaskInfo info() {
        return info;
    }

    public ExecutorID executorId() {
        return executorId;
    }

    /** The task's own container, for tasks the agent runs itself. */
    public Optional<ContainerID> containerId() {
        return Optional.ofNullable(containerId);
    }

    public Optional<TaskStatus> latest() {
        return Optional.ofNullable(latest);
    }

    public TaskState state() {
        return latest == null ? TaskState.TASK_STAGING : latest.getState();
    }

    public boolean isTerminal() {
        return TaskStates.isTerminal(state());
    }

    /** Where its status updates are checkpointed; null when its framework does not checkpoint. */
    public UpdateLog log() {
        return log;
    }

    /** Records the newest status the agent accepted for this task. */
    public void latest(TaskStatus status) {
        this.latest = status;
        statuses.add(status);
    }

    /** Every status the agent accepted for this task (since it recovered it), oldest first. */
    public List<TaskStatus> statuses() {
        return List.copyOf(statuses);
    }

    /** False while the task waits for its executor to subscribe (Mesos's queued tasks). */
    public boolean isLaunched() {
        return launched;
    }

    void containerId(ContainerID containerId) {
        this.containerId = containerId;
    }

    void log(UpdateLog log) {
        this.log = log;
    }

    /** The task as the master records it; {@code unacknowledged} is the update still in flight, if any. */
    public Task toTask(AgentID agentId, Optional<TaskStatus> unacknowledged) {
        Task.Builder record = Task.newBuilder().setName(info.getName()).setTaskId(info.getTaskId())
                .setFrameworkId(frameworkId).setAgentId(agentId).setState(state())
                .addAllResources(info.getResourcesList());
        if (!commandTask) {
            record.setExecutorId(executorId);
        }
        if (latest != null) {
            record.addStatuses(latest);
        }
        unacknowledged.ifPresent(u -> record.setStatusUpdateState(u.getState()).setStatusUpdateUuid(u.getUuid()));
        if (info.hasLabels()) {
            record.setLabels(info.getLabels());
        }
        if (info.hasDiscovery()) {
            record.setDiscovery(info.getDiscovery());
        }
        if (info.hasKillPolicy()) {
            record.setKillPolicy(info.getKillPolicy());
        }
        return record.build();
    }
}
