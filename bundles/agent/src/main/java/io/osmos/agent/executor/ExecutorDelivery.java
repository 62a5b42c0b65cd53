package io.osmos.agent.executor;

import com.google.protobuf.ByteString;
import io.osmos.agent.status.StatusUpdates;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.TaskGroupInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks on their way to a framework's executor: queued until it subscribes, then sent as LAUNCH or
 * LAUNCH_GROUP; kills sent as KILL, or answered by the agent for a task the executor never got.
 * Runs on the agent's actor.
 */
final class ExecutorDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorDelivery.class);

    private final ExecutorContext context;
    private final ExecutorLauncher launcher;

    ExecutorDelivery(ExecutorContext context) {
        this.context = context;
        this.launcher = new ExecutorLauncher(context);
    }

    /**
     * Adds new tasks to the executor (a task id it already has is ignored).
     *
     * @param checkpoint write their checkpoints now: the executor's run is already checkpointed
     */
    List<TaskRecord> add(Executor executor, List<TaskInfo> tasks, Optional<TaskGroupInfo> group, boolean checkpoint) {
        List<TaskID> ids = group.map(g -> g.getTasksList().stream().map(TaskInfo::getTaskId).toList()).orElse(List.of());
        List<TaskRecord> added = new ArrayList<>();
        for (TaskInfo task : tasks) {
            if (executor.tasks.containsKey(task.getTaskId())) {
                LOG.warn("Ignoring task {}: executor {} already has it", task.getTaskId().getValue(),
                        executor.id().getValue());
                continue;
            }
            TaskRecord record = executor.add(new TaskRecord(task, executor.frameworkId(), executor.id(), false));
            record.group = ids;
            if (checkpoint) {
                launcher.checkpointTask(executor, record);
            }
            added.add(record);
        }
        return added;
    }

    /** Sends the tasks to the subscribed executor. */
    void deliver(Executor executor, List<TaskRecord> tasks, Optional<TaskGroupInfo> group) {
        if (group.isPresent()) {
            executor.subscription.send(ExecutorEvents.launchGroup(group.get()));
        } else {
            tasks.forEach(task -> executor.subscription.send(ExecutorEvents.launch(task.info())));
        }
        tasks.forEach(task -> task.launched = true);
    }

    /** Sends what waited for the executor's subscription: tasks, then kills asked for meanwhile. */
    void deliverQueued(Executor executor) {
        Set<List<TaskID>> groups = new LinkedHashSet<>();
        for (TaskRecord task : executor.tasks()) {
            if (task.launched || task.isTerminal()) {
                continue;
            }
            if (task.group.isEmpty()) {
                deliver(executor, List.of(task), Optional.empty());
            } else {
                groups.add(task.group);
            }
        }
        for (List<TaskID> ids : groups) {
            List<TaskRecord> members = ids.stream().map(executor.tasks::get).filter(t -> t != null).toList();
            TaskGroupInfo group = TaskGroupInfo.newBuilder()
                    .addAllTasks(members.stream().map(TaskRecord::info).toList()).build();
            deliver(executor, members, Optional.of(group));
        }
        executor.tasks().stream().filter(t -> t.killing && !t.isTerminal())
                .forEach(t -> executor.subscription.send(ExecutorEvents.kill(t.info().getTaskId(), Optional.empty())));
    }

    /** Tasks for an executor that is going away get their end from the agent. */
    void refuse(Executor executor, List<TaskRecord> tasks, String message) {
        for (TaskRecord task : tasks) {
            context.host().statusUpdate(executor, StatusUpdates.fromAgent(context.host().agentId(),
                    task.info().getTaskId(), TaskState.TASK_FAILED).setExecutorId(executor.id()).setMessage(message)
                    .setReason(TaskStatus.Reason.REASON_EXECUTOR_TERMINATED).build());
        }
    }

    void kill(Executor executor, TaskRecord task, Optional<KillPolicy> override) {
        if (task.isTerminal()) {
            return;
        }
        if (!task.launched) {
            // The executor never saw it: the agent ends it, as Mesos does for a task killed while queued.
            context.host().statusUpdate(executor, StatusUpdates.fromAgent(context.host().agentId(),
                    task.info().getTaskId(), TaskState.TASK_KILLED).setExecutorId(executor.id())
                    .setMessage("Killed before it was delivered to the executor")
                    .setReason(TaskStatus.Reason.REASON_TASK_KILLED_DURING_LAUNCH).build());
            return;
        }
        task.killing = true;
        if (executor.subscription != null) {
            executor.subscription.send(ExecutorEvents.kill(task.info().getTaskId(), override));
        } else {
            LOG.info("Executor {} is not subscribed; the kill of task {} goes out once it is", executor.id().getValue(),
                    task.info().getTaskId().getValue());
        }
    }

    /** The executor hears that the framework acknowledged one of its updates. */
    void acknowledged(Executor executor, TaskStatus status) {
        if (executor.kind() == Executor.Kind.CUSTOM && status.getSource() == TaskStatus.Source.SOURCE_EXECUTOR
                && executor.subscription != null) {
            executor.subscription.send(ExecutorEvents.acknowledged(status.getTaskId(), status.getUuid()));
        }
    }

    void message(Executor executor, ByteString data) {
        if (executor.subscription == null) {
            LOG.warn("Dropping a message for executor {}: it is not subscribed", executor.id().getValue());
            return;
        }
        executor.subscription.send(ExecutorEvents.message(data));
    }
}
