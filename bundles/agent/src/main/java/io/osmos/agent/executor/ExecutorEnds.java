package io.osmos.agent.executor;

import io.osmos.agent.status.StatusUpdateManager;
import io.osmos.agent.status.StatusUpdates;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when an executor has ended: its tasks that had not ended fail (or are lost), the
 * master learns of a framework's executor's exit, the remove-executor hooks run, its sandbox is
 * handed to garbage collection, and the executor is forgotten once every update of its tasks was
 * acknowledged. Runs on the agent's actor.
 */
public final class ExecutorEnds {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorEnds.class);

    private final ExecutorContext context;
    private final StatusUpdateManager updates;
    public ExecutorEnds(ExecutorContext context, StatusUpdateManager updates) {
        this.context = context;
        this.updates = updates;
    }

    public void terminated(Executor executor) {
        if (executor.state == Executor.State.TERMINATED) {
            return;
        }
        executor.state = Executor.State.TERMINATED;
        executor.cancelTimer();
        if (executor.subscription != null) {
            executor.subscription.close();
            executor.subscription = null;
        }
        for (TaskRecord task : executor.tasks()) {
            if (!task.isTerminal()) {
                context.host().statusUpdate(executor, StatusUpdates.fromAgent(context.host().agentId(),
                        task.info().getTaskId(), executor.limited ? TaskState.TASK_FAILED : lostState(executor))
                        .setExecutorId(executor.id()).setMessage(executor.endMessage).setReason(executor.endReason)
                        .build());
            }
        }
        if (executor.kind() != Executor.Kind.COMMAND && !executor.isSilent()) {
            AgentCall.ExitedExecutor.Builder exited = AgentCall.ExitedExecutor.newBuilder()
                    .setFrameworkId(executor.frameworkId()).setExecutorId(executor.id());
            if (executor.exitStatus != null) {
                exited.setStatus(executor.exitStatus);
            }
            context.host().send(AgentCall.newBuilder().setType(AgentCall.Type.EXITED_EXECUTOR)
                    .setAgentId(context.host().agentId()).setExitedExecutor(exited).build());
        }
        LOG.info("Executor {} of framework {} has terminated", executor.id().getValue(),
                executor.frameworkId().getValue());
        context.hooks().removeExecutor(executor.framework(), executor.info());
        forgetIfDone(executor);
    }

    /** A task's update was acknowledged: drop the task once it is over, and the executor once empty. */
    public void acknowledged(Executor executor, TaskRecord task) {
        if (task.isTerminal() && !updates.hasPending(executor.frameworkId(), task.info().getTaskId())) {
            executor.tasks.remove(task.info().getTaskId());
            context.observer().taskRemoved(executor, task);
        }
        forgetIfDone(executor);
    }

    private void forgetIfDone(Executor executor) {
        boolean done = executor.state == Executor.State.TERMINATED && (executor.isSilent() || executor.tasks().stream()
                .allMatch(t -> t.isTerminal() && !updates.hasPending(executor.frameworkId(), t.info().getTaskId())));
        if (done) {
            context.executors().remove(executor);
            context.observer().executorRemoved(executor);
        }
    }

    // As Mesos: the tasks of an agent-run executor failed; a framework's executor's tasks are lost.
    private static TaskState lostState(Executor executor) {
        if (executor.kind() != Executor.Kind.CUSTOM) {
            return TaskState.TASK_FAILED;
        }
        boolean partitionAware = executor.framework().getCapabilitiesList().stream()
                .anyMatch(c -> c.getType() == FrameworkInfo.Capability.Type.PARTITION_AWARE);
        return partitionAware ? TaskState.TASK_GONE : TaskState.TASK_LOST;
    }
}
