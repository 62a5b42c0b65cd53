package io.osmos.agent.executor;

import io.osmos.agent.containerizer.ContainerTermination;
import io.osmos.agent.containerizer.Stages;
import io.osmos.agent.status.StatusUpdates;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks the agent runs itself, each in a container of its own, doing what the Mesos command executor
 * does for its task: TASK_STARTING, the command in its container, TASK_RUNNING, and a terminal state
 * from the command's exit status; a kill is SIGTERM to the container's processes and SIGKILL after
 * the grace period. Used for command tasks and for the tasks of the default executor. Runs on the
 * agent's actor.
 */
final class TaskContainers {
    private static final Logger LOG = LoggerFactory.getLogger(TaskContainers.class);

    private final ExecutorContext context;
    private final ExecutorLauncher launcher;

    TaskContainers(ExecutorContext context, ExecutorLauncher launcher) {
        this.context = context;
        this.launcher = launcher;
    }

    /** Launches the task's container; {@code ended} runs once the task has its terminal update. */
    void start(Executor executor, TaskRecord task, Path sandbox, BiConsumer<TaskRecord, TaskState> ended) {
        ContainerID container = task.containerId().orElseThrow();
        launcher.launch(executor, container, sandbox, task.info().getCommand(),
                Resources.of(task.info().getResourcesList()), Optional.of(task.info()), () -> task.killing)
                .whenCompleteAsync((ignored, failure) -> {
                    if (failure != null) {
                        launchFailed(executor, task, failure);
                        ended.accept(task, task.state());
                        return;
                    }
                    LOG.info("Started task {} of framework {} in {}", task.info().getTaskId().getValue(),
                            executor.frameworkId().getValue(), sandbox);
                    if (container.equals(executor.containerId())) {
                        executor.pid = context.containerizer().pid(container).orElse(0L);
                    }
                    report(executor, task, TaskState.TASK_RUNNING, null, null);
                    watch(executor, task, ended);
                }, context.actor());
    }

    /** Follows a running (or recovered) task's container to its end. */
    void watch(Executor executor, TaskRecord task, BiConsumer<TaskRecord, TaskState> ended) {
        context.containerizer().wait(task.containerId().orElseThrow()).thenAcceptAsync(termination -> {
            exited(executor, task, termination);
            ended.accept(task, task.state());
        }, context.actor());
    }

    /** SIGTERM, SIGKILL after the grace; TASK_KILLING first when asked to. */
    void kill(Executor executor, TaskRecord task, Duration grace, boolean reportKilling) {
        if (task.isTerminal() || task.killing) {
            return;
        }
        task.killing = true;
        if (reportKilling) {
            report(executor, task, TaskState.TASK_KILLING, null, null);
        }
        LOG.info("Killing task {} of framework {}, grace period {} ms", task.info().getTaskId().getValue(),
                executor.frameworkId().getValue(), grace.toMillis());
        task.containerId().ifPresent(id -> {
            context.fetcher().kill(id);
            context.containerizer().kill(id, grace);
        });
    }

    /** A status update of the task from the executor the agent plays for it. */
    void report(Executor executor, TaskRecord task, TaskState state, String message, TaskStatus.Reason reason) {
        if (task.isTerminal()) {
            return;
        }
        ContainerID container = task.containerId().orElse(executor.containerId());
        long pid = context.containerizer().pid(container).orElse(container.equals(executor.containerId())
                ? executor.pid : 0L);
        TaskStatus.Builder status = StatusUpdates.fromExecutor(context.host().agentId(), task.info().getTaskId(),
                executor.id(), state).setContainerStatus(StatusUpdates.containerStatus(container, pid));
        if (message != null) {
            status.setMessage(message);
        }
        if (reason != null) {
            status.setReason(reason);
        }
        context.host().statusUpdate(executor, status.build());
    }

    private void exited(Executor executor, TaskRecord task, ContainerTermination termination) {
        String message = termination.status().map(Termination::describe)
                .orElse("Abnormal executor termination: " + termination.reason());
        LOG.info("Task {} of framework {} ended: {}", task.info().getTaskId().getValue(),
                executor.frameworkId().getValue(), message);
        if (termination.limitation().isPresent()) {
            report(executor, task, TaskState.TASK_FAILED, termination.limitation().get().message(),
                    termination.limitation().get().reason());
        } else if (task.killing) {
            report(executor, task, TaskState.TASK_KILLED, message, null);
        } else if (termination.status().isPresent()) {
            report(executor, task, termination.status().get() == 0 ? TaskState.TASK_FINISHED : TaskState.TASK_FAILED,
                    message, null);
        } else {
            report(executor, task, TaskState.TASK_FAILED, message, TaskStatus.Reason.REASON_EXECUTOR_TERMINATED);
        }
    }

    void launchFailed(Executor executor, TaskRecord task, Throwable failure) {
        String reason = Stages.unwrap(failure).getMessage();
        if (task.killing) {
            report(executor, task, TaskState.TASK_KILLED, "The task was killed while it was launching",
                    TaskStatus.Reason.REASON_TASK_KILLED_DURING_LAUNCH);
        } else {
            report(executor, task, TaskState.TASK_FAILED, "Failed to launch the command: " + reason,
                    TaskStatus.Reason.REASON_CONTAINER_LAUNCH_FAILED);
        }
    }
}
