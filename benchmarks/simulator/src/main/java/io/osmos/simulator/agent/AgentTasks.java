package io.osmos.simulator.agent;

import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The tasks of one simulated agent and their status update streams: what the agent's status update
 * manager does, minus the disk. Confined to the agent's event loop.
 */
final class AgentTasks {
    // Task ids are unique per framework only, so two frameworks may both run a "t1" here.
    private record TaskKey(FrameworkID frameworkId, TaskID taskId) {
    }

    private final Map<TaskKey, SimulatedTask> tasks = new HashMap<>();
    private final AgentContext context;
    private final Consumer<AgentCall.StatusUpdate.Builder> sender;

    /** @param sender sends a STATUS_UPDATE call */
    AgentTasks(AgentContext context, Consumer<AgentCall.StatusUpdate.Builder> sender) {
        this.context = context;
        this.sender = sender;
    }

    /** "Launches" the task: it reports TASK_STARTING (optionally) and TASK_RUNNING at once. */
    void run(AgentID agentId, AgentEvent.RunTask run) {
        context.counters().tasksLaunched.incrementAndGet();
        TaskID taskId = run.getTask().getTaskId();
        SimulatedTask task = new SimulatedTask(run.getFrameworkId());
        tasks.put(new TaskKey(run.getFrameworkId(), taskId), task);
        if (context.taskStarting()) {
            task.queue(SimulatedTask.status(agentId, taskId, TaskState.TASK_STARTING));
        }
        task.queue(SimulatedTask.status(agentId, taskId, TaskState.TASK_RUNNING));
        send(task);
    }

    void kill(AgentID agentId, FrameworkID frameworkId, TaskID taskId) {
        TaskKey key = new TaskKey(frameworkId, taskId);
        SimulatedTask task = tasks.get(key);
        TaskState state = TaskState.TASK_KILLED;
        if (task == null) {
            // A task the agent never heard of is reported lost, so the framework is not left waiting.
            task = new SimulatedTask(frameworkId);
            tasks.put(key, task);
            state = TaskState.TASK_LOST;
        } else if (task.terminal()) {
            return; // already on its way out
        }
        if (task.queue(SimulatedTask.status(agentId, taskId, state))) {
            send(task);
        }
    }

    /** The framework's acknowledgement: the next update of the task may go. */
    void acknowledged(AgentEvent.AcknowledgeStatus ack) {
        TaskKey key = new TaskKey(ack.getFrameworkId(), ack.getTaskId());
        SimulatedTask task = tasks.get(key);
        if (task == null || task.unacknowledged.isEmpty()
                || !task.unacknowledged.peek().getUuid().equals(ack.getUuid())) {
            return; // a duplicate, or for an update already superseded
        }
        TaskStatus done = task.unacknowledged.poll();
        if (!task.unacknowledged.isEmpty()) {
            send(task);
        } else if (SimulatedTask.isTerminal(done.getState())) {
            tasks.remove(key);
        }
    }

    /** The framework is gone; the master has ended its tasks already. */
    void shutdown(FrameworkID frameworkId) {
        tasks.keySet().removeIf(key -> key.frameworkId().equals(frameworkId));
    }

    /** Sends again each update that has waited for its acknowledgement longer than its backoff. */
    void resendDue() {
        long now = System.nanoTime();
        for (SimulatedTask task : tasks.values()) {
            if (task.dueForResend(now)) {
                context.counters().updatesResent.incrementAndGet();
                transmit(task);
            }
        }
    }

    private void send(SimulatedTask task) {
        task.sent(System.nanoTime());
        context.counters().updatesSent.incrementAndGet();
        transmit(task);
    }

    private void transmit(SimulatedTask task) {
        sender.accept(AgentCall.StatusUpdate.newBuilder().setFrameworkId(task.frameworkId)
                .setStatus(task.unacknowledged.peek()).setLatestState(task.latestState()));
    }
}
