package io.osmos.agent;

import io.osmos.agent.executor.CommandTasks;
import io.osmos.agent.executor.CustomExecutors;
import io.osmos.agent.executor.DefaultExecutors;
import io.osmos.agent.executor.ExecutorRegistry;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.agent.status.StatusUpdateManager;
import io.osmos.agent.status.StatusUpdates;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks and task groups the master asks this agent to run: decorated by the agent hooks and handed to
 * the command executor, the framework's executor or the default executor. Runs on the agent's actor.
 */
final class Launches {
    private static final Logger LOG = LoggerFactory.getLogger(Launches.class);

    private final AgentState state;
    private final AgentHost host;
    private final AgentHooks hooks;
    private final StatusUpdateManager updates;
    private final ExecutorRegistry executors;
    private final CommandTasks command;
    private final CustomExecutors custom;
    private final DefaultExecutors group;

    Launches(AgentState state, AgentHost host, AgentHooks hooks, StatusUpdateManager updates, ExecutorRegistry executors,
            CommandTasks command, CustomExecutors custom, DefaultExecutors group) {
        this.state = state;
        this.host = host;
        this.hooks = hooks;
        this.updates = updates;
        this.executors = executors;
        this.command = command;
        this.custom = custom;
        this.group = group;
    }

    void runTask(AgentEvent.RunTask run) {
        FrameworkInfo framework = framework(run.getFrameworkId(), run.getFramework());
        TaskInfo task = run.getTask();
        ExecutorInfo executor = run.hasExecutor() ? run.getExecutor() : task.getExecutor();
        task = task.toBuilder().setLabels(hooks.runTaskLabels(task, executor, framework, host.agentInfo())).build();
        if (!task.hasLabels() || task.getLabels().getLabelsCount() == 0) {
            task = task.toBuilder().clearLabels().build();
        }
        if (run.hasExecutor() || task.hasExecutor()) {
            custom.launch(framework, executor.toBuilder().setFrameworkId(framework.getId()).build(), task);
        } else if (!task.hasCommand()) {
            fail(run.getFrameworkId(), task.getTaskId(), "The task has neither a command nor an executor",
                    TaskStatus.Reason.REASON_TASK_INVALID);
        } else {
            command.launch(framework, task);
        }
    }

    void runTaskGroup(AgentEvent.RunTaskGroup run) {
        FrameworkInfo framework = framework(run.getFrameworkId(), run.getFramework());
        ExecutorInfo executor = run.getExecutor().toBuilder().setFrameworkId(framework.getId()).build();
        if (executor.getType() == ExecutorInfo.Type.DEFAULT) {
            group.launch(framework, executor, run.getTaskGroup());
        } else {
            custom.launchGroup(framework, executor, run.getTaskGroup());
        }
    }

    void frameworkMessage(AgentEvent.FrameworkMessage message) {
        executors.get(message.getFrameworkId(), message.getExecutorId()).ifPresentOrElse(
                executor -> custom.message(executor, message.getData()),
                () -> LOG.warn("Dropping a message for executor {} of framework {}: it is not on this agent",
                        message.getExecutorId().getValue(), message.getFrameworkId().getValue()));
    }

    private FrameworkInfo framework(FrameworkID id, FrameworkInfo info) {
        FrameworkInfo framework = info.toBuilder().setId(id).build();
        state.frameworks.put(id, framework);
        return framework;
    }

    private void fail(FrameworkID frameworkId, TaskID taskId, String message, TaskStatus.Reason reason) {
        LOG.warn("Failing task {} of framework {}: {}", taskId.getValue(), frameworkId.getValue(), message);
        updates.update(frameworkId, StatusUpdates.fromAgent(state.agentId, taskId, TaskState.TASK_FAILED)
                .setMessage(message).setReason(reason).build());
    }
}
