package io.osmos.agent.executor;

import io.osmos.agent.config.RecoverySettings;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.TaskGroupInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The Mesos default executor for task groups, built into the agent rather than run as a process of
 * its own: each task of a group runs in a nested container of the executor's container, with its
 * sandbox in the executor's sandbox under {@code tasks/<task id>}. When a task of a group fails or is
 * killed, the other tasks of its group are killed, as the Mesos default executor does; the executor
 * ends when its last task has. Runs on the agent's actor.
 */
public final class DefaultExecutors {
    private final ExecutorContext context;
    private final ExecutorLauncher launcher;
    private final TaskContainers containers;

    public DefaultExecutors(ExecutorContext context) {
        this.context = context;
        this.launcher = new ExecutorLauncher(context);
        this.containers = new TaskContainers(context, launcher);
    }

    /** A task's nested container: its id is the task's id, under the executor's container. */
    static ContainerID taskContainer(ContainerID executor, TaskID task) {
        return ContainerID.newBuilder().setValue(task.getValue()).setParent(executor).build();
    }

    public void launch(FrameworkInfo framework, ExecutorInfo info, TaskGroupInfo group) {
        Executor executor = context.executors().get(framework.getId(), info.getExecutorId())
                .filter(e -> e.state == Executor.State.RUNNING).orElseGet(() -> create(framework, info));
        List<TaskID> ids = group.getTasksList().stream().map(TaskInfo::getTaskId).toList();
        for (TaskInfo task : group.getTasksList()) {
            TaskRecord record = executor.add(new TaskRecord(task, framework.getId(), info.getExecutorId(), false));
            record.group = ids;
            record.launched = true;
            record.containerId(taskContainer(executor.containerId(), task.getTaskId()));
            try {
                launcher.checkpointTask(executor, record);
                containers.report(executor, record, TaskState.TASK_STARTING, null, null);
                Path sandbox = Sandbox.nested(executor.directory(), task.getTaskId().getValue()).directory();
                containers.start(executor, record, sandbox, (t, state) -> ended(executor, t, state));
            } catch (IOException | RuntimeException e) {
                containers.launchFailed(executor, record, e);
                ended(executor, record, record.state());
            }
        }
    }

    public void recovered(Executor executor, Set<ContainerID> found, RecoverySettings.Mode mode) {
        for (TaskRecord task : executor.tasks()) {
            if (task.containerId().filter(found::contains).isPresent()) {
                containers.watch(executor, task, (t, state) -> ended(executor, t, state));
            } else {
                containers.report(executor, task, TaskState.TASK_FAILED, "Abnormal executor termination: the task's "
                        + "container was not found after the agent restarted", TaskStatus.Reason.REASON_EXECUTOR_TERMINATED);
            }
        }
        if (mode == RecoverySettings.Mode.CLEANUP) {
            shutdown(executor, context.settings().executorShutdownGracePeriod());
        }
        ended(executor, null, null);
    }

    public void kill(Executor executor, TaskRecord task, Optional<KillPolicy> override) {
        containers.kill(executor, task, Kills.gracePeriod(override, task.info(), context.settings().taskKillGracePeriod()),
                Kills.acceptsKilling(executor.framework()));
    }

    public void shutdown(Executor executor, Duration grace) {
        executor.state = Executor.State.TERMINATING;
        executor.tasks().forEach(task -> containers.kill(executor, task, grace, false));
        ended(executor, null, null);
    }

    private Executor create(FrameworkInfo framework, ExecutorInfo info) {
        ContainerID container = ContainerID.newBuilder().setValue(UUID.randomUUID().toString()).build();
        Path sandbox = Sandbox.path(context.settings().workDir(), context.host().agentId(), framework.getId(),
                info.getExecutorId(), container);
        Executor executor = new Executor(framework, info, Executor.Kind.DEFAULT, container, sandbox);
        executor.state = Executor.State.RUNNING;
        context.executors().add(executor);
        launcher.checkpointRun(executor);
        launcher.createSandbox(executor);
        return executor;
    }

    // A task that did not finish takes its group down; the last task to end takes the executor.
    private void ended(Executor executor, TaskRecord task, TaskState state) {
        if (task != null && state != TaskState.TASK_FINISHED) {
            for (TaskID sibling : task.group) {
                executor.task(sibling).filter(t -> !t.isTerminal())
                        .ifPresent(t -> containers.kill(executor, t, context.settings().taskKillGracePeriod(), false));
            }
        }
        boolean running = executor.tasks().stream().anyMatch(t -> !t.isTerminal());
        if (!running && executor.state != Executor.State.TERMINATED) {
            executor.exitStatus = 0;
            context.host().executorTerminated(executor);
        }
    }
}
