package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerLimitation;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ContainerInfo;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.runtime.actor.Actor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongConsumer;

/**
 * The Mesos containerizer: every container is a supervised process group (the posix launcher) with
 * the isolators named by {@code --isolation} around it: prepare, fork, isolate, run, watch, and after
 * the end cleanup. Runs on the agent's actor; isolators answer on any thread and the containerizer
 * carries on on the actor.
 */
public final class MesosContainerizer implements Containerizer {

    /** How long an isolator may take to answer a call, unless isolator_timeout says otherwise. */
    public static final Duration DEFAULT_ISOLATOR_TIMEOUT = Duration.ofMinutes(1);

    private final Actor actor;
    final Path workDir;
    final Isolators isolators;
    final List<String> isolation;
    private final Duration isolatorTimeout;
    final ContainerTable<Container> containers = new ContainerTable<>();
    final ContainerExits exits;
    final ExitPoller poller;
    private final ContainerLaunches launches;

    public MesosContainerizer(Actor actor, Path workDir, Isolators isolators, List<String> isolation) {
        this(actor, workDir, isolators, isolation, DEFAULT_ISOLATOR_TIMEOUT);
    }

    /** @param isolatorTimeout how long each isolator call (but watch) may take before it counts as failed */
    public MesosContainerizer(Actor actor, Path workDir, Isolators isolators, List<String> isolation,
            Duration isolatorTimeout) {
        this.actor = actor;
        this.isolatorTimeout = isolatorTimeout;
        this.workDir = workDir;
        this.isolators = isolators;
        this.isolation = List.copyOf(isolation);
        this.exits = new ContainerExits(actor, containers);
        this.poller = new ExitPoller(actor);
        this.launches = new ContainerLaunches(actor, this);
    }

    /**
     * Starts a container and completes once its command runs. A failure names the step (an isolator,
     * the fork) and leaves nothing behind. Docker containers are declined, as Mesos's containerizer does.
     *
     * @param forked told the supervisor's pid right after the fork, to checkpoint it
     */
    @Override
    public Optional<CompletionStage<Void>> launch(ContainerLaunch launch, LongConsumer forked) {
        if (launch.containerType().filter(t -> t == ContainerInfo.Type.DOCKER).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(start(launch, forked));
    }

    private CompletionStage<Void> start(ContainerLaunch launch, LongConsumer forked) {
        ContainerID id = launch.containerId();
        Container c;
        try {
            if (containers.contains(id)) {
                throw new IllegalArgumentException("Container " + id.getValue() + " already exists");
            }
            c = new Container(id, RuntimeDir.of(workDir, id), selected(), launch.resources());
            c.runtime.create();
        } catch (IOException | RuntimeException e) {
            return containers.launchFailed(e);
        }
        containers.add(c);
        return containers.counted(launches.launch(c, launch, forked));
    }

    @Override
    public long launchErrors() {
        return containers.launchErrors();
    }

    /**
     * Finds the checkpointed containers again after a restart and cleans up the orphans; call once,
     * before any launch.
     *
     * @param rebooted the host restarted since the checkpoints were written: no old process survives
     * @return the containers that were found; their ends arrive through {@link #wait}
     */
    @Override
    public CompletionStage<Set<ContainerID>> recover(List<RecoverableContainer> known, boolean rebooted) {
        return ContainerRecovery.recover(actor, this, known, rebooted);
    }

    /**
     * The isolators --isolation names, each held to isolator_timeout.
     *
     * @throws IllegalStateException naming the first one that is not registered
     */
    List<NamedIsolator> selected() {
        return isolators.select(isolation).stream()
                .map(n -> new NamedIsolator(n.name(), new BudgetedIsolator(n.isolator(), isolatorTimeout))).toList();
    }

    /** Completes when every isolator --isolation names is registered, or fails after {@link IsolatorWait#LIMIT}. */
    @Override
    public CompletableFuture<Void> ready() {
        return IsolatorWait.await(isolators, isolation);
    }

    /** How the container ends (or ended, if removed lately); one never seen ended in an unknown way. */
    @Override
    public CompletionStage<ContainerTermination> wait(ContainerID id) {
        return containers.wait(id);
    }

    /** SIGTERM, then SIGKILL after the grace period. @return false when there is no such container */
    @Override
    public boolean kill(ContainerID id, Duration grace) {
        return containers.ifKnown(id, c -> exits.kill(c, grace));
    }

    /** Kills the container at once because a limit was hit; its termination carries the limitation. */
    @Override
    public void destroy(ContainerID id, ContainerLimitation limitation) {
        containers.limit(id, limitation).ifPresent(c -> exits.kill(c, Duration.ZERO));
    }

    /** New resources for a running container; an isolator that cannot apply them destroys it. */
    @Override
    public CompletionStage<Void> update(ContainerID id, Resources resources) {
        return containers.withKnown(id, c -> {
            c.resources = resources;
            return IsolatorCalls.each(c.isolators, "update the container's resources", i -> i.update(id, resources))
                    .whenCompleteAsync((ignored, failure) -> {
                        if (failure != null) {
                            destroy(id, new ContainerLimitation(resources, IsolatorFailure.reason(failure),
                                    TaskStatus.Reason.REASON_CONTAINER_UPDATE_FAILED));
                        }
                    }, actor);
        });
    }

    /** A usage sample of the container, the isolators' statistics merged, with its limits. */
    @Override
    public CompletionStage<ResourceStatistics> usage(ContainerID id) {
        return containers.withKnown(id, c -> IsolatorCalls.usage(c.isolators, id, c.resources));
    }

    /** The supervisor's pid, once forked. */
    @Override
    public Optional<Long> pid(ContainerID id) {
        return containers.find(id).filter(Container::isForked).map(c -> c.pid);
    }

    @Override
    public Set<ContainerID> containers() {
        return containers.ids();
    }

    /** Stops watching every container and leaves them running, for an agent that stops gracefully. */
    @Override
    public void abandonAll() {
        poller.stop();
        containers.forgetAll().forEach(Container::cancelEscalation);
    }
}
