package io.osmos.agent.executor;

import io.osmos.agent.config.RecoverySettings;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command tasks: each gets the agent's own command executor, whose id is the task id, and runs in one
 * container; the executor ends with its task. Runs on the agent's actor.
 */
public final class CommandTasks {
    private static final Logger LOG = LoggerFactory.getLogger(CommandTasks.class);

    private final ExecutorContext context;
    private final ExecutorLauncher launcher;
    private final TaskContainers containers;

    public CommandTasks(ExecutorContext context) {
        this.context = context;
        this.launcher = new ExecutorLauncher(context);
        this.containers = new TaskContainers(context, launcher);
    }

    /** Launches a command task; a task id the framework already has here is ignored. */
    public void launch(FrameworkInfo framework, TaskInfo task) {
        ExecutorInfo info = ExecutorInfos.command(framework.getId(), task);
        if (context.executors().get(framework.getId(), info.getExecutorId()).isPresent()) {
            LOG.warn("Ignoring task {} of framework {}: it is already known", task.getTaskId().getValue(),
                    framework.getId().getValue());
            return;
        }
        ContainerID container = ContainerID.newBuilder().setValue(UUID.randomUUID().toString()).build();
        Path sandbox = Sandbox.path(context.settings().workDir(), context.host().agentId(), framework.getId(),
                info.getExecutorId(), container);
        Executor executor = new Executor(framework, info, Executor.Kind.COMMAND, container, sandbox);
        executor.state = Executor.State.RUNNING;
        TaskRecord record = executor.add(new TaskRecord(task, framework.getId(), info.getExecutorId(), true));
        record.containerId(container);
        context.executors().add(executor);
        try {
            launcher.checkpointRun(executor);
            launcher.checkpointTask(executor, record);
            containers.report(executor, record, TaskState.TASK_STARTING, null, null);
            launcher.createSandbox(executor);
        } catch (RuntimeException e) {
            containers.launchFailed(executor, record, e);
            context.host().executorTerminated(executor);
            return;
        }
        containers.start(executor, record, sandbox, (t, state) -> context.host().executorTerminated(executor));
    }

    /**
     * Picks a recovered command task up again: follows its container if it was found (killing it
     * with --recover=cleanup), else reports that it is gone.
     */
    public void recovered(Executor executor, boolean running, RecoverySettings.Mode mode) {
        Optional<TaskRecord> task = executor.tasks().stream().findFirst();
        if (task.isEmpty()) {
            context.containerizer().kill(executor.containerId(), Duration.ZERO);
            context.host().executorTerminated(executor);
        } else if (running) {
            containers.watch(executor, task.get(), (t, state) -> context.host().executorTerminated(executor));
            if (mode == RecoverySettings.Mode.CLEANUP) {
                shutdown(executor, context.settings().executorShutdownGracePeriod());
            }
        } else {
            containers.report(executor, task.get(), TaskState.TASK_FAILED, "Abnormal executor termination: the "
                    + "task's container was not found after the agent restarted",
                    TaskStatus.Reason.REASON_EXECUTOR_TERMINATED);
            context.host().executorTerminated(executor);
        }
    }

    /**
     * Kills the task: TASK_KILLING first for frameworks that accept it, then SIGTERM, and SIGKILL once
     * the grace period of the override, else the task's kill policy, else the default has passed.
     */
    public void kill(Executor executor, TaskRecord task, Optional<KillPolicy> override) {
        executor.state = Executor.State.TERMINATING;
        containers.kill(executor, task, Kills.gracePeriod(override, task.info(), context.settings().taskKillGracePeriod()),
                Kills.acceptsKilling(executor.framework()));
    }

    /** Ends the executor's task with the given grace, e.g. when the framework or agent shuts down. */
    public void shutdown(Executor executor, Duration grace) {
        executor.state = Executor.State.TERMINATING;
        executor.tasks().forEach(task -> containers.kill(executor, task, grace, false));
    }
}
