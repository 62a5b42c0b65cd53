package io.osmos.master.state;

import com.google.protobuf.ByteString;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The master's record of one task: the Mesos {@code Task} message it shows operators, and the
 * resources the task holds until its latest state is terminal. What changes over a task's life (its
 * state, statuses and the update awaiting acknowledgement) is kept in fields, and the {@code Task}
 * message is made from them only when someone looks: copying the whole message on every status
 * update and acknowledgement was a large part of the master's cost per launched task.
 */
public final class TaskEntry {
    // Older statuses are of no use to anyone and would grow without bound for a flapping task.
    private static final int MAX_STATUSES = 32;

    private final Task launched; // as launched or adopted; its state and statuses are superseded below
    private final Resources resources;
    private final List<TaskStatus> statuses;
    private TaskState state;
    private TaskState unacknowledgedState; // null: every update so far was acknowledged
    private ByteString unacknowledgedUuid;
    private Task shown; // the Task message of the fields above; null once they changed
    private boolean released;
    private Runnable onRelease = () -> { };

    public TaskEntry(Task task, Resources resources) {
        this.launched = task;
        this.resources = resources;
        this.statuses = new ArrayList<>(Math.max(2, task.getStatusesCount()));
        this.statuses.addAll(task.getStatusesList());
        this.state = task.getState();
        if (task.hasStatusUpdateState()) {
            unacknowledgedState = task.getStatusUpdateState();
            unacknowledgedUuid = task.getStatusUpdateUuid();
        }
        this.shown = task;
    }

    /** The task as Mesos shows it; made again only after a change. */
    public Task task() {
        Task current = shown;
        if (current == null) {
            Task.Builder task = launched.toBuilder().setState(state).clearStatuses().addAllStatuses(statuses);
            if (unacknowledgedState != null) {
                task.setStatusUpdateState(unacknowledgedState).setStatusUpdateUuid(unacknowledgedUuid);
            } else {
                task.clearStatusUpdateState().clearStatusUpdateUuid();
            }
            current = task.build();
            shown = current;
        }
        return current;
    }

    public TaskID id() {
        return launched.getTaskId();
    }

    public FrameworkID frameworkId() {
        return launched.getFrameworkId();
    }

    public AgentID agentId() {
        return launched.getAgentId();
    }

    /** The latest state known, possibly not yet acknowledged by the framework. */
    public TaskState state() {
        return state;
    }

    /** The state the framework is asked about in reconciliation: the unacknowledged one if any. */
    public TaskState reportedState() {
        return unacknowledgedState != null ? unacknowledgedState : state;
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
        if (first) {
            onRelease.run();
        }
        return first;
    }

    /** Whom to tell when the resources are handed back: the agent, which keeps their sum. */
    void onRelease(Runnable listener) {
        onRelease = listener;
    }

    /** The last status received, or null before the first one. */
    public TaskStatus latestStatus() {
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
    }

    /**
     * Records a status update; {@code latest} is the newest state on the agent, which may be ahead
     * of the status being delivered. A resent update (same uuid) is not recorded twice.
     */
    public void update(TaskStatus status, TaskState latest) {
        state = latest;
        ByteString uuid = status.getUuid();
        if (uuid.isEmpty() || statuses.stream().noneMatch(known -> known.getUuid().equals(uuid))) {
            if (statuses.size() >= MAX_STATUSES) {
                statuses.remove(0);
            }
            statuses.add(kept(status));
        }
        if (!uuid.isEmpty()) {
            unacknowledgedState = status.getState();
            unacknowledgedUuid = uuid;
        }
        shown = null;
    }

    /** Sets the state an agent reported on reregistration. */
    public void state(TaskState next) {
        state = next;
        shown = null;
    }

    /**
     * Records the framework's acknowledgement; true when it acknowledged a terminal update, after
     * which the task is done with.
     */
    public boolean acknowledge(ByteString uuid) {
        if (unacknowledgedUuid == null || !unacknowledgedUuid.equals(uuid)) {
            return false;
        }
        boolean terminal = TaskStates.isTerminal(unacknowledgedState);
        unacknowledgedState = null;
        unacknowledgedUuid = null;
        shown = null;
        return terminal;
    }

    /**
     * The status as kept: without its data, which may be large and is the framework's business, as
     * Mesos keeps it; and sharing this task's id objects rather than the copies read off the wire,
     * which for 100,000 running tasks is tens of megabytes.
     */
    private TaskStatus kept(TaskStatus status) {
        boolean copiedTaskId = status.getTaskId() != launched.getTaskId()
                && status.getTaskId().equals(launched.getTaskId());
        boolean copiedAgentId = status.hasAgentId() && status.getAgentId() != launched.getAgentId()
                && status.getAgentId().equals(launched.getAgentId());
        if (!status.hasData() && !copiedTaskId && !copiedAgentId) {
            return status;
        }
        TaskStatus.Builder kept = status.toBuilder().clearData();
        if (copiedTaskId) {
            kept.setTaskId(launched.getTaskId());
        }
        if (copiedAgentId) {
            kept.setAgentId(launched.getAgentId());
        }
        return kept.build();
    }
}
