package io.osmos.agent.executor;

import io.osmos.agent.containerizer.ContainerLaunch;
import io.osmos.agent.containerizer.TaskUser;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;

/**
 * What every launch goes through, whatever runs in the container: checkpoints (for frameworks that
 * checkpoint), the sandbox, the fetcher and its hook, the executor environment and its hooks, then the
 * containerizer. Runs on the agent's actor.
 */
final class ExecutorLauncher {
    private final ExecutorContext context;

    ExecutorLauncher(ExecutorContext context) {
        this.context = context;
    }

    /** Writes the framework, the executor and its new run, before anything runs. */
    void checkpointRun(Executor executor) {
        if (executor.checkpoint()) {
            AgentID agent = context.host().agentId();
            context.checkpointer().framework(agent, executor.framework());
            context.checkpointer().executorRun(agent, executor.frameworkId(), executor.info(), executor.containerId());
        }
    }

    /** Writes the task's info and gives it the file its status updates go to. */
    void checkpointTask(Executor executor, TaskRecord task) {
        if (executor.checkpoint()) {
            AgentID agent = context.host().agentId();
            context.checkpointer().task(agent, executor.frameworkId(), executor.info(), executor.containerId(),
                    task.info());
            task.log(context.checkpointer().updates(agent, executor.frameworkId(), executor.info(),
                    executor.containerId(), task.info()));
        }
    }

    /** The executor's sandbox for its run, created with empty stdout and stderr. */
    Path createSandbox(Executor executor) {
        try {
            Path sandbox = Sandbox.create(context.settings().workDir(), context.host().agentId(), executor.frameworkId(),
                    executor.id(), executor.containerId()).directory();
            context.observer().sandboxInUse(executor);
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to create the sandbox: " + e.getMessage(), e);
        }
    }

    /**
     * Fetches the command's URIs into the sandbox and launches the container; completes once its
     * command runs. The forked pid of the executor's own container is checkpointed.
     */
    CompletionStage<Void> launch(Executor executor, ContainerID container, Path sandbox, CommandInfo command,
            Resources resources, Optional<TaskInfo> task, BooleanSupplier killed) {
        Optional<TaskUser> user;
        try {
            user = TaskUser.resolve(wanted(executor, command));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        CommandInfo decorated = command.toBuilder().setEnvironment(context.hooks().executorEnvironment(
                executor.info().toBuilder().setCommand(command).build())).build();
        ContainerLaunch launch = new ContainerLaunch(container, decorated, ExecutorEnvironment.of(context.settings(),
                context.host().agentId(), executor, sandbox, task.map(TaskInfo::getTaskId)), sandbox, resources,
                Optional.of(executor.info()), task, user);
        Optional<String> fetchAs = command.hasUser() ? Optional.of(command.getUser()) : Optional.empty();
        return fetch(container, command, sandbox, fetchAs)
                .thenComposeAsync(fetched -> {
                    if (killed.getAsBoolean()) {
                        // A kill that came while nothing ran yet: there is no container to signal.
                        throw new IllegalStateException("killed before its container started");
                    }
                    context.hooks().postFetch(container, sandbox.toString());
                    own(sandbox, user);
                    return context.containerizer().launch(launch, pid -> {
                        if (container.equals(executor.containerId()) && executor.checkpoint()) {
                            context.checkpointer().forkedPid(context.host().agentId(), executor.frameworkId(),
                                    executor.info(), container, pid);
                        }
                    }).orElseGet(() -> CompletableFuture.failedFuture(new IllegalStateException(
                            "No containerizer runs this container")));
                }, context.actor());
    }

    /**
     * Who the command runs as with --switch_user: the command's user, else the framework's, as in
     * Mesos; without it, the agent's own user whatever they say.
     */
    private Optional<String> wanted(Executor executor, CommandInfo command) {
        if (!context.settings().containerizer().switchUser()) {
            return Optional.empty();
        }
        return command.hasUser() ? Optional.of(command.getUser())
                : Optional.of(executor.framework().getUser()).filter(u -> !u.isEmpty());
    }

    // The sandbox and what was fetched into it belong to the task's user, as in Mesos.
    private static void own(Path sandbox, Optional<TaskUser> user) {
        if (user.isPresent()) {
            try {
                user.get().own(sandbox);
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to give the sandbox to user '" + user.get().name() + "': "
                        + e.getMessage(), e);
            }
        }
    }

    private CompletionStage<?> fetch(ContainerID container, CommandInfo command, Path sandbox, Optional<String> user) {
        if (command.getUrisCount() == 0) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            return context.fetcher().fetch(container, command.getUrisList(), sandbox, user);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
