package io.osmos.agent.executor;

import io.osmos.agent.checkpoint.Recovered;
import io.osmos.agent.config.RecoverySettings;
import io.osmos.agent.containerizer.RecoverableContainer;
import io.osmos.agent.status.StatusUpdateManager;
import io.osmos.agent.status.StatusUpdateStream;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the executors and tasks of checkpointing frameworks after a restart, puts their status
 * update streams back, and once the containerizer has looked for their containers, reattaches to what
 * still runs and lets what ended report how. Runs on the agent's actor.
 */
public final class ExecutorRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorRecovery.class);

    private final ExecutorContext context;
    private final Executors kinds;
    private final List<Executor> recovered = new ArrayList<>();
    private StatusUpdateManager updates;

    /** The three ways of running executors, to hand each recovered executor to its own. */
    public record Executors(CommandTasks command, CustomExecutors custom, DefaultExecutors group) {
    }

    public ExecutorRecovery(ExecutorContext context, Executors kinds) {
        this.context = context;
        this.kinds = kinds;
    }

    /** @return the containers to look for */
    public List<RecoverableContainer> rebuild(Recovered.State state, StatusUpdateManager updates) {
        this.updates = updates;
        List<RecoverableContainer> containers = new ArrayList<>();
        for (Recovered.Framework framework : state.frameworks()) {
            for (Recovered.Executor checkpointed : framework.executors()) {
                if (checkpointed.latest().isEmpty() && checkpointed.runs().isEmpty()) {
                    continue;
                }
                Executor executor = rebuild(framework.info(), checkpointed, updates);
                recovered.add(executor);
                context.executors().add(executor);
                Resources resources = Resources.of(checkpointed.info().getResourcesList());
                if (executor.kind() == Executor.Kind.DEFAULT) {
                    executor.tasks().forEach(t -> t.containerId().ifPresent(id -> containers.add(new RecoverableContainer(
                            id, executor.info(), executor.directory(), Resources.of(t.info().getResourcesList())))));
                } else {
                    containers.add(new RecoverableContainer(executor.containerId(), executor.info(),
                            executor.directory(), resources));
                }
            }
        }
        return containers;
    }

    /** The executors {@link #rebuild} put back, until {@link #resume}. */
    public List<Executor> rebuilt() {
        return List.copyOf(recovered);
    }

    /** Reattaches to the containers that were found, and ends the executors whose container is gone. */
    public void resume(Set<ContainerID> found, RecoverySettings.Mode mode) {
        for (Executor executor : recovered) {
            executor.pid = context.containerizer().pid(executor.containerId()).orElse(0L);
            context.observer().sandboxInUse(executor);
            boolean running = executor.kind() == Executor.Kind.DEFAULT
                    ? executor.tasks().stream().anyMatch(t -> t.containerId().filter(found::contains).isPresent())
                    : found.contains(executor.containerId());
            if (!running && isDone(executor)) {
                // Ended and acknowledged before the restart: only its sandbox is left, for the collector.
                context.executors().remove(executor);
                context.observer().executorRemoved(executor);
                continue;
            }
            LOG.info("Recovered executor {} of framework {} with {} tasks: {}", executor.id().getValue(),
                    executor.frameworkId().getValue(), executor.tasks().size(),
                    running ? "its container was found" : "its container is gone");
            switch (executor.kind()) {
                case COMMAND -> kinds.command().recovered(executor, running, mode);
                case CUSTOM -> kinds.custom().recovered(executor, running, mode);
                case DEFAULT -> kinds.group().recovered(executor, found, mode);
                default -> throw new IllegalStateException("Unknown executor kind " + executor.kind());
            }
        }
        recovered.clear();
    }

    private boolean isDone(Executor executor) {
        return executor.tasks().stream().allMatch(t -> t.isTerminal()
                && !updates.hasPending(executor.frameworkId(), t.info().getTaskId()));
    }

    private Executor rebuild(FrameworkInfo framework, Recovered.Executor checkpointed, StatusUpdateManager updates) {
        ContainerID container = checkpointed.latest().orElse(checkpointed.runs().get(checkpointed.runs().size() - 1)
                .containerId());
        Path sandbox = Sandbox.path(context.settings().workDir(), context.host().agentId(), framework.getId(),
                checkpointed.info().getExecutorId(), container);
        Executor.Kind kind = ExecutorInfos.kind(checkpointed.info());
        Executor executor = new Executor(framework, checkpointed.info(), kind, container, sandbox);
        executor.state = Executor.State.RUNNING;
        for (Recovered.Run run : checkpointed.runs()) {
            for (Recovered.Task task : run.tasks()) {
                TaskRecord record = executor.add(new TaskRecord(task.info(), framework.getId(), executor.id(),
                        kind == Executor.Kind.COMMAND));
                record.log(task.log());
                StatusUpdateStream stream = updates.recover(framework.getId(), task.info().getTaskId(), task.log(),
                        task.updates());
                stream.latest().ifPresent(record::latest);
                record.launched = stream.latest().isPresent();
                if (kind == Executor.Kind.COMMAND) {
                    record.containerId(run.containerId());
                } else if (kind == Executor.Kind.DEFAULT) {
                    record.containerId(DefaultExecutors.taskContainer(run.containerId(), task.info().getTaskId()));
                }
            }
        }
        return executor;
    }
}
