package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerLimitation;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ContainerInfo;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import io.osmos.runtime.actor.Actor;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

/**
 * Mesos's docker containerizer, small: it runs DOCKER containers through the docker CLI
 * ({@code --docker}) and declines every other kind. {@code docker run} runs in the foreground with its
 * output in the sandbox; {@code docker wait} tells how the container ended; a kill is {@code docker
 * stop} with the grace period; after a restart {@code docker ps} finds the {@code mesos-} containers
 * again, and those no checkpoint names are removed. There are no isolators: docker limits the
 * container. Runs on the agent's actor; docker commands run on threads of their own.
 */
public final class DockerContainerizer implements Containerizer {
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    private final Actor actor;
    final DockerCommands commands;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "osmos-agent-docker");
        thread.setDaemon(true);
        thread.setContextClassLoader(null);
        return thread;
    });
    final DockerCli cli = new DockerCli(threads);
    final ContainerTable<DockerContainer> containers = new ContainerTable<>();

    /** @param docker the docker CLI to run (--docker) */
    public DockerContainerizer(Actor actor, String docker) {
        this.actor = actor;
        this.commands = new DockerCommands(docker);
    }

    /** Mesos checks that docker answers before the agent starts; so does this. */
    @Override
    public CompletableFuture<Void> ready() {
        List<String> version = commands.version();
        return cli.run(version, COMMAND_TIMEOUT).handle((out, failure) -> {
            String reason = failure != null ? Stages.unwrap(failure).getMessage()
                    : out.status() != 0 ? "'" + String.join(" ", version) + "' failed: " + out.lastLine() : null;
            if (reason != null) {
                throw new IllegalStateException("The docker containerizer (--containerizers) cannot use docker: "
                        + reason);
            }
            return null;
        });
    }

    @Override
    public Optional<CompletionStage<Void>> launch(ContainerLaunch launch, LongConsumer forked) {
        if (launch.containerType().filter(t -> t == ContainerInfo.Type.DOCKER).isEmpty()) {
            return Optional.empty();
        }
        try {
            ContainerInfo container = launch.containerInfo().filter(c -> DockerImage.of(c).isPresent())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "The DOCKER ContainerInfo names no docker image (docker.image)"));
            Process run = new ProcessBuilder(commands.run(launch, container)).directory(launch.sandbox().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(launch.sandbox().resolve("stdout").toFile()))
                    .redirectError(ProcessBuilder.Redirect.appendTo(launch.sandbox().resolve("stderr").toFile()))
                    .start();
            DockerContainer c = new DockerContainer(launch.containerId(), Optional.of(run.pid()), launch.resources());
            containers.add(c);
            forked.accept(run.pid());
            run.onExit().thenRunAsync(() -> awaitExit(c), actor);
            return Optional.of(CompletableFuture.completedFuture(null));
        } catch (IOException | RuntimeException e) {
            return Optional.of(containers.launchFailed(new IllegalStateException(
                    "Failed to run docker: " + e.getMessage(), e)));
        }
    }

    /** docker ps finds the containers again; those the checkpoints do not name are orphans and go. */
    @Override
    public CompletionStage<Set<ContainerID>> recover(List<RecoverableContainer> known, boolean rebooted) {
        return DockerRecovery.recover(actor, this, known);
    }

    // docker wait answers once the container has ended, with its exit status.
    void awaitExit(DockerContainer c) {
        cli.run(commands.await(c.id), Duration.ofDays(3650)).handleAsync((out, failure) -> {
            containers.retire(c, c.ended(out, failure));
            return null;
        }, actor);
    }

    @Override
    public CompletionStage<ContainerTermination> wait(ContainerID id) {
        return containers.wait(id);
    }

    @Override
    public boolean kill(ContainerID id, Duration grace) {
        return containers.ifKnown(id, c -> {
            c.killed = true;
            cli.run(commands.stop(id, grace), grace.plus(COMMAND_TIMEOUT));
        });
    }

    @Override
    public void destroy(ContainerID id, ContainerLimitation limitation) {
        containers.limit(id, limitation).ifPresent(c -> kill(id, Duration.ZERO));
    }

    @Override
    public CompletionStage<Void> update(ContainerID id, Resources resources) {
        return containers.withKnown(id, c -> {
            c.resources = resources;
            return cli.run(commands.update(id, resources), COMMAND_TIMEOUT).thenAccept(out -> {
                if (out.status() != 0) {
                    throw new IllegalStateException("'docker update' failed: " + out.lastLine());
                }
            });
        });
    }

    /** Only the limits: usage would need the container's cgroups, which docker owns. */
    @Override
    public CompletionStage<ResourceStatistics> usage(ContainerID id) {
        return containers.withKnown(id, c -> IsolatorCalls.usage(List.of(), id, c.resources));
    }

    @Override
    public Optional<Long> pid(ContainerID id) {
        return containers.find(id).flatMap(c -> c.pid);
    }

    @Override
    public Set<ContainerID> containers() {
        return containers.ids();
    }

    @Override
    public void abandonAll() {
        containers.forgetAll();
        threads.shutdownNow();
    }

    @Override
    public long launchErrors() {
        return containers.launchErrors();
    }
}
