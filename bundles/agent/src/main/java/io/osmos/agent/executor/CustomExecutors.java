package io.osmos.agent.executor;

import com.google.protobuf.ByteString;
import io.osmos.agent.config.RecoverySettings;
import io.osmos.agent.containerizer.ContainerTermination;
import io.osmos.agent.containerizer.Stages;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.TaskGroupInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.runtime.flags.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executors that frameworks supply: launched in a container with the Mesos environment, given their
 * tasks once they subscribe to the executor API, shut down with a SHUTDOWN event and, after their
 * grace period, killed. Runs on the agent's actor.
 */
public final class CustomExecutors {
    private static final Logger LOG = LoggerFactory.getLogger(CustomExecutors.class);

    private final ExecutorContext context;
    private final ExecutorLauncher launcher;
    private final ExecutorDelivery delivery;

    public CustomExecutors(ExecutorContext context) {
        this.context = context;
        this.launcher = new ExecutorLauncher(context);
        this.delivery = new ExecutorDelivery(context);
    }

    ExecutorDelivery delivery() {
        return delivery;
    }

    public void launch(FrameworkInfo framework, ExecutorInfo info, TaskInfo task) {
        add(framework, info, List.of(task), Optional.empty());
    }

    public void launchGroup(FrameworkInfo framework, ExecutorInfo info, TaskGroupInfo group) {
        add(framework, info, group.getTasksList(), Optional.of(group));
    }

    private void add(FrameworkInfo framework, ExecutorInfo info, List<TaskInfo> tasks, Optional<TaskGroupInfo> group) {
        Optional<Executor> existing = context.executors().get(framework.getId(), info.getExecutorId());
        boolean fresh = existing.isEmpty() || existing.get().state == Executor.State.TERMINATED;
        Executor executor;
        if (fresh) {
            ContainerID container = ContainerID.newBuilder().setValue(UUID.randomUUID().toString()).build();
            executor = new Executor(framework, info, Executor.Kind.CUSTOM, container, Sandbox.path(
                    context.settings().workDir(), context.host().agentId(), framework.getId(), info.getExecutorId(),
                    container));
            context.executors().add(executor);
        } else {
            executor = existing.get();
        }
        List<TaskRecord> added = delivery.add(executor, tasks, group, !fresh);
        if (fresh) {
            start(executor);
        } else if (executor.state == Executor.State.TERMINATING) {
            delivery.refuse(executor, added, "The executor is shutting down");
        } else if (executor.subscription != null) {
            delivery.deliver(executor, added, group);
            context.containerizer().update(executor.containerId(), resources(executor));
        }
    }

    private void start(Executor executor) {
        Duration timeout = context.settings().containerizer().executorRegistrationTimeout();
        try {
            if (!executor.info().hasCommand()) {
                throw new IllegalArgumentException("The executor has no command");
            }
            launcher.checkpointRun(executor);
            executor.tasks().forEach(task -> launcher.checkpointTask(executor, task));
            launcher.createSandbox(executor);
        } catch (RuntimeException e) {
            launchFailed(executor, e);
            return;
        }
        executor.timer = context.actor().delay(timeout, () -> expired(executor, TaskStatus.Reason
                .REASON_EXECUTOR_REGISTRATION_TIMEOUT, "did not subscribe within " + Durations.format(timeout)));
        launcher.launch(executor, executor.containerId(), executor.directory(), executor.info().getCommand(),
                resources(executor), Optional.empty(), () -> executor.state == Executor.State.TERMINATING)
                .whenCompleteAsync((ignored, failure) -> {
                    if (failure != null) {
                        launchFailed(executor, failure);
                    } else {
                        executor.pid = context.containerizer().pid(executor.containerId()).orElse(0L);
                        LOG.info("Launched executor {} of framework {} in {}", executor.id().getValue(),
                                executor.frameworkId().getValue(), executor.directory());
                        watch(executor);
                    }
                }, context.actor());
    }

    /** A recovered executor: it has the recovery timeout to subscribe again, else it is killed. */
    public void recovered(Executor executor, boolean running, RecoverySettings.Mode mode) {
        if (!running) {
            context.host().executorTerminated(executor);
            return;
        }
        watch(executor);
        if (mode == RecoverySettings.Mode.CLEANUP) {
            shutdown(executor, ExecutorEnvironment.shutdownGracePeriod(context.settings(), executor.info()));
            return;
        }
        executor.state = Executor.State.REGISTERING;
        Duration timeout = context.settings().recovery().recoveryTimeout();
        executor.timer = context.actor().delay(timeout, () -> expired(executor,
                TaskStatus.Reason.REASON_EXECUTOR_REREGISTRATION_TIMEOUT,
                "did not subscribe again within " + Durations.format(timeout)));
    }

    public void kill(Executor executor, TaskRecord task, Optional<KillPolicy> override) {
        delivery.kill(executor, task, override);
    }

    /** SHUTDOWN to the executor, and its container killed once the grace period is over. */
    public void shutdown(Executor executor, Duration grace) {
        if (executor.state == Executor.State.TERMINATED || executor.state == Executor.State.TERMINATING) {
            return;
        }
        executor.state = Executor.State.TERMINATING;
        executor.cancelTimer();
        context.fetcher().kill(executor.containerId());
        if (executor.subscription != null) {
            executor.subscription.send(ExecutorEvents.shutdown());
            executor.timer = context.actor().delay(grace,
                    () -> context.containerizer().kill(executor.containerId(), Duration.ZERO));
        } else {
            context.containerizer().kill(executor.containerId(), grace);
        }
    }

    public void acknowledged(Executor executor, TaskStatus status) {
        delivery.acknowledged(executor, status);
    }

    /** A framework's message to its executor; dropped, as in Mesos, when the executor is not connected. */
    public void message(Executor executor, ByteString data) {
        delivery.message(executor, data);
    }

    static Resources resources(Executor executor) {
        Resources total = Resources.of(executor.info().getResourcesList());
        for (TaskRecord task : executor.tasks()) {
            if (!task.isTerminal()) {
                total = total.plus(Resources.of(task.info().getResourcesList()));
            }
        }
        return total;
    }

    private void watch(Executor executor) {
        context.containerizer().wait(executor.containerId()).thenAcceptAsync(termination -> {
            executor.exitStatus = waitStatus(termination);
            termination.limitation().ifPresent(limit -> {
                executor.limited = true;
                executor.endMessage = limit.message();
                executor.endReason = limit.reason();
            });
            context.host().executorTerminated(executor);
        }, context.actor());
    }

    private void expired(Executor executor, TaskStatus.Reason reason, String what) {
        if (executor.state == Executor.State.REGISTERING) {
            LOG.warn("Killing executor {} of framework {}: it {}", executor.id().getValue(),
                    executor.frameworkId().getValue(), what);
            executor.limited = true;
            executor.endReason = reason;
            executor.endMessage = "Executor " + what;
            context.containerizer().kill(executor.containerId(), Duration.ZERO);
        }
    }

    private void launchFailed(Executor executor, Throwable failure) {
        executor.limited = true;
        executor.endReason = TaskStatus.Reason.REASON_CONTAINER_LAUNCH_FAILED;
        executor.endMessage = "Failed to launch the executor: " + Stages.unwrap(failure).getMessage();
        context.host().executorTerminated(executor);
    }

    // As waitpid(2) reports it: exit code in the second byte, or the signal number.
    private static Integer waitStatus(ContainerTermination termination) {
        return termination.status().map(s -> s > 128 ? s - 128 : s << 8).orElse(null);
    }
}
