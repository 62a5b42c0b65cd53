package io.osmos.master.state;

import com.google.protobuf.ByteString;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;

/**
 * The master's record of one task: the Mesos {@code Task} message it shows operators, and the
 * resources the task holds until its latest state is terminal.
 */
public final class TaskEntry {
    // Older statuses are of no use to anyone and would grow without bound for a flapping task.
    private static final int MAX_STATUSES = 32;

    private Task task;
    private final Resources resources;
    private boolean released;

    public TaskEntry(Task task, Resources resources) {
        this.task = task;
        this.resources = resources;
    }

    public Task task() {
        return task;
    }

    public TaskID id() {
        return task.getTaskId();
    }

    public FrameworkID frameworkId() {
        return task.getFrameworkId();
    }

    public AgentID agentId() {
        return task.getAgentId();
    }

    /** The latest state known, possibly not yet acknowledged by the framework. */
    public TaskState state() {
        return task.getState();
    }

    /** The state the framework is asked about in reconciliation: the unacknowledged one if any. */
    public TaskState reportedState() {
        return task.hasStatusUpdateState() ? task.getStatusUpdateState() : task.getState();
    }

    public Resources resources() {
        return resources;
    }

    /** True while the task's resources count as allocated. */
    public boolean holdsResources() {
        return !released;
    }

    /** Marks the resources as handed back; true only the first time, so they are recovered once. */
    public boolean release() {
        boolean first = !released;
        released = true;
        return first;
    }

    /** The last status received, or null before the first one. */
    public TaskStatus latestStatus() {
        int count = task.getStatusesCount();
        return count == 0 ? null : task.getStatuses(count - 1);
    }

    /**
     * Records a status update; {@code latest} is the newest state on the agent, which may be ahead
     * of the status being delivered. A resent update (same uuid) is not recorded twice.
     */
    public void update(TaskStatus status, TaskState latest) {
        Task.Builder next = task.toBuilder().setState(latest);
        boolean resent = !status.getUuid().isEmpty() && task.getStatusesList().stream()
                .anyMatch(known -> known.getUuid().equals(status.getUuid()));
        if (!resent) {
            if (next.getStatusesCount() >= MAX_STATUSES) {
                next.removeStatuses(0);
            }
            next.addStatuses(status);
        }
        if (!status.getUuid().isEmpty()) {
            next.setStatusUpdateState(status.getState()).setStatusUpdateUuid(status.getUuid());
        }
        task = next.build();
    }

    /** Sets the state an agent reported on reregistration. */
    public void state(TaskState state) {
        task = task.toBuilder().setState(state).build();
    }

    /**
     * Records the framework's acknowledgement; true when it acknowledged a terminal update, after
     * which the task is done with.
     */
    public boolean acknowledge(ByteString uuid) {
        if (!task.hasStatusUpdateUuid() || !task.getStatusUpdateUuid().equals(uuid)) {
            return false;
        }
        boolean terminal = TaskStates.isTerminal(task.getStatusUpdateState());
        task = task.toBuilder().clearStatusUpdateState().clearStatusUpdateUuid().build();
        return terminal;
    }
}
