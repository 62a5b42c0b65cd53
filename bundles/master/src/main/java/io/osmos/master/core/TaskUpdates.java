package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.TaskEntry;
import io.osmos.master.state.TaskRecords;
import io.osmos.master.state.TaskStates;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.Protos.TaskStatus.Reason;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import java.util.Optional;

/**
 * The life of tasks in the master: launch, status updates from agents, acknowledgements from
 * frameworks, updates the master makes itself, and the end of a task. Actor-confined.
 */
final class TaskUpdates {
    private final Master master;

    TaskUpdates(Master master) {
        this.master = master;
    }

    /** Records a validated task as TASK_STAGING; the caller sends it to the agent. */
    void add(FrameworkEntry framework, AgentEntry agent, TaskInfo task, Resources resources,
            Optional<ExecutorInfo> newExecutor) {
        TaskEntry entry = new TaskEntry(TaskRecords.staging(task, framework.id(), agent.id(),
                framework.info().getUser()), resources);
        framework.addTask(entry);
        agent.addTask(entry);
        newExecutor.ifPresent(executor -> agent.executors().add(framework.id(), executor));
        master.operatorStreams.taskAdded(entry.task());
    }

    /** Records a validated task as TASK_STAGING and sends it to the agent. */
    void launch(FrameworkEntry framework, AgentEntry agent, TaskInfo task, Resources resources,
            Optional<ExecutorInfo> newExecutor) {
        add(framework, agent, task, resources, newExecutor);
        agent.send(AgentEvents.runTask(framework.info(), task, task.hasExecutor() ? task.getExecutor() : null));
    }

    /** A status update from an agent: record it, release a finished task's resources, tell the framework. */
    void fromAgent(AgentEntry agent, AgentCall.StatusUpdate update) {
        FrameworkEntry framework = master.frameworks.get(update.getFrameworkId());
        TaskStatus status = update.getStatus().hasAgentId() ? update.getStatus()
                : update.getStatus().toBuilder().setAgentId(agent.id()).build();
        if (framework == null) {
            master.counters.increment("master/invalid_status_updates");
            if (master.frameworks.isRemoved(update.getFrameworkId()) && !status.getUuid().isEmpty()) {
                // No one will ever acknowledge it; stop the agent from resending it forever.
                agent.send(AgentEvents.acknowledge(update.getFrameworkId(), status.getTaskId(), status.getUuid()));
            }
            return;
        }
        master.counters.increment("master/valid_status_updates");
        TaskState latest = update.hasLatestState() ? update.getLatestState() : status.getState();
        TaskEntry task = framework.task(status.getTaskId());
        if (task != null) {
            TaskState before = task.state();
            task.update(status, latest);
            counted(before, task.state());
            if (TaskStates.isTerminal(latest)) {
                release(task);
            }
            master.operatorStreams.taskUpdated(framework.id(), status, task.state());
        }
        framework.send(Events.update(status));
        if (task != null && status.getUuid().isEmpty() && TaskStates.isTerminal(status.getState())) {
            remove(task); // nothing will acknowledge it
        }
    }

    /** A framework's ACKNOWLEDGE: forward it to the agent; an acknowledged terminal update ends the task. */
    void acknowledge(FrameworkEntry framework, Call.Acknowledge acknowledge) {
        TaskEntry task = framework.task(acknowledge.getTaskId());
        if (task != null && task.acknowledge(acknowledge.getUuid())) {
            remove(task);
        }
        AgentEntry agent = master.agents.get(acknowledge.getAgentId());
        if (agent != null) {
            agent.send(AgentEvents.acknowledge(framework.id(), acknowledge.getTaskId(), acknowledge.getUuid()));
        }
    }

    /** Sends a master-made update for a task the master has no record of (it never became one). */
    void refuse(FrameworkEntry framework, TaskID taskId, AgentID agentId, TaskState state, Reason reason,
            String message) {
        master.counters.increment(TaskStates.metric(state));
        framework.send(Events.update(status(taskId, agentId, state, reason, message)));
    }

    /**
     * Ends a known task with a master-made terminal update, which needs no acknowledgement.
     *
     * @param recover whether to hand the resources back (false when the agent's removal frees them)
     */
    void terminate(TaskEntry task, TaskState state, Reason reason, String message, boolean recover) {
        end(task, status(task, state, reason, message), recover);
    }

    /** As {@link #terminate}, with the status already made. */
    void end(TaskEntry task, TaskStatus status, boolean recover) {
        record(task, status);
        if (recover) {
            release(task);
        } else {
            task.release();
        }
        remove(task);
    }

    /** A task of an agent that became unreachable: told to the framework, then kept aside with no resources. */
    void unreachable(TaskEntry task, TaskStatus status) {
        record(task, status);
        task.release();
        AgentEntry agent = master.agents.get(task.agentId());
        if (agent != null) {
            agent.removeTask(task);
        }
        FrameworkEntry framework = master.frameworks.get(task.frameworkId());
        if (framework != null) {
            framework.unreachableTask(task);
        }
    }

    private void record(TaskEntry task, TaskStatus status) {
        TaskState before = task.state();
        task.update(status, status.getState());
        counted(before, status.getState());
        FrameworkEntry framework = master.frameworks.get(task.frameworkId());
        if (framework != null) {
            framework.send(Events.update(status));
            master.operatorStreams.taskUpdated(framework.id(), status, status.getState());
        }
    }

    /** A status the master makes itself about a task it knows, naming its executor. */
    TaskStatus status(TaskEntry task, TaskState state, Reason reason, String message) {
        TaskStatus status = status(task.id(), task.agentId(), state, reason, message);
        return task.task().hasExecutorId() ? status.toBuilder().setExecutorId(task.task().getExecutorId()).build()
                : status;
    }

    /** A status the master makes itself: source master, no uuid (so no acknowledgement). */
    TaskStatus status(TaskID taskId, AgentID agentId, TaskState state, Reason reason, String message) {
        TaskStatus.Builder status = TaskStatus.newBuilder().setTaskId(taskId).setState(state)
                .setSource(TaskStatus.Source.SOURCE_MASTER).setReason(reason).setMessage(message)
                .setTimestamp(master.now() / 1000.0);
        if (agentId != null && !agentId.getValue().isEmpty()) {
            status.setAgentId(agentId);
        }
        return status.build();
    }

    void release(TaskEntry task) {
        if (task.release()) {
            master.allocator.recoverResources(task.frameworkId(), task.agentId(), task.resources(),
                    Optional.empty(), true);
        }
    }

    /** An executor ended or went away with its framework: its resources go back. */
    void releaseExecutor(FrameworkID frameworkId, AgentID agentId, ExecutorInfo executor) {
        master.allocator.recoverResources(frameworkId, agentId, Resources.of(executor.getResourcesList()),
                Optional.empty(), true);
    }

    /** Forgets a finished task: off its agent, into its framework's completed tasks. */
    void remove(TaskEntry task) {
        release(task);
        AgentEntry agent = master.agents.get(task.agentId());
        if (agent != null) {
            agent.removeTask(task);
        }
        FrameworkEntry framework = master.frameworks.get(task.frameworkId());
        if (framework != null) {
            framework.completeTask(task);
        }
    }

    private void counted(TaskState before, TaskState after) {
        if (before != after && TaskStates.isTerminal(after)) {
            master.counters.increment(TaskStates.metric(after));
        }
    }
}
