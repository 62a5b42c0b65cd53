package io.osmos.agent.executor;

import io.osmos.agent.status.StatusUpdates;
import io.osmos.agent.status.TaskStates;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * One command task on this agent: what the framework asked for, its container and process, and the
 * newest status it reported. Touched only from the agent's actor.
 */
public final class CommandTask {
    private final TaskKey key;
    private final AgentID agentId;
    private final FrameworkInfo framework;
    private final TaskInfo task;
    private final ContainerID containerId;
    private Sandbox sandbox;
    private Process process;
    private TaskStatus latest;
    private boolean killing;
    private boolean silent;
    private ScheduledFuture<?> escalation;

    CommandTask(AgentID agentId, FrameworkInfo framework, TaskInfo task, ContainerID containerId) {
        this.key = new TaskKey(framework.getId(), task.getTaskId());
        this.agentId = agentId;
        this.framework = framework;
        this.task = task;
        this.containerId = containerId;
    }

    public TaskKey key() {
        return key;
    }

    public FrameworkInfo framework() {
        return framework;
    }

    public TaskInfo taskInfo() {
        return task;
    }

    public ContainerID containerId() {
        return containerId;
    }

    /** The command executor's id: the task id, as for Mesos command tasks. */
    public ExecutorID executorId() {
        return ExecutorID.newBuilder().setValue(task.getTaskId().getValue()).build();
    }

    /** Empty until the sandbox exists. */
    public Optional<Sandbox> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    /** The task's process, empty before it started or when it could not start. */
    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }

    public TaskState state() {
        return latest == null ? TaskState.TASK_STAGING : latest.getState();
    }

    public boolean isTerminal() {
        return TaskStates.isTerminal(state());
    }

    /** The task as the master records it; {@code unacknowledged} is the update still in flight, if any. */
    public Task toTask(Optional<TaskStatus> unacknowledged) {
        Task.Builder record = Task.newBuilder().setName(task.getName()).setTaskId(task.getTaskId())
                .setFrameworkId(key.frameworkId()).setAgentId(agentId).setState(state())
                .addAllResources(task.getResourcesList());
        if (latest != null) {
            record.addStatuses(latest);
        }
        unacknowledged.ifPresent(u -> record.setStatusUpdateState(u.getState()).setStatusUpdateUuid(u.getUuid()));
        if (task.hasLabels()) {
            record.setLabels(task.getLabels());
        }
        if (task.hasDiscovery()) {
            record.setDiscovery(task.getDiscovery());
        }
        if (task.hasKillPolicy()) {
            record.setKillPolicy(task.getKillPolicy());
        }
        return record.build();
    }

    AgentID agentId() {
        return agentId;
    }

    void sandbox(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    void started(Process process) {
        this.process = process;
    }

    Process rawProcess() {
        return process;
    }

    /** A new status update of this task, which becomes its latest status. */
    TaskStatus newStatus(TaskState state, String message, TaskStatus.Reason reason) {
        TaskStatus.Builder status = StatusUpdates.fromExecutor(agentId, key.taskId(), executorId(), state)
                .setContainerStatus(StatusUpdates.containerStatus(containerId, process == null ? 0 : process.pid()));
        if (message != null) {
            status.setMessage(message);
        }
        if (reason != null) {
            status.setReason(reason);
        }
        latest = status.build();
        return latest;
    }

    boolean isKilling() {
        return killing;
    }

    void killing() {
        this.killing = true;
    }

    /** No more updates: the framework is gone. */
    boolean isSilent() {
        return silent;
    }

    void silence() {
        this.silent = true;
    }

    void escalation(ScheduledFuture<?> escalation) {
        this.escalation = escalation;
    }

    void cancelEscalation() {
        if (escalation != null) {
            escalation.cancel(false);
            escalation = null;
        }
    }
}
