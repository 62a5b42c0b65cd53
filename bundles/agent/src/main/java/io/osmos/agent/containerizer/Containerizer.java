package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerLimitation;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongConsumer;

/**
 * What the agent asks of a containerizer (Mesos's Containerizer interface, the subset the agent uses).
 * Every call is made on the agent's actor, and every answer completes there.
 */
public interface Containerizer {

    /** Completes once the containerizer can work (its isolators registered, its tools usable); else fails saying why. */
    default CompletableFuture<Void> ready() {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Starts a container and completes once its command runs; a failure names the step that failed.
     *
     * @param forked told the pid of the container's first process, to checkpoint it
     * @return empty when this containerizer does not run such containers (Mesos's NOT_SUPPORTED), so the
     *     next containerizer can be asked
     */
    Optional<CompletionStage<Void>> launch(ContainerLaunch launch, LongConsumer forked);

    /**
     * Finds the checkpointed containers that belong to this containerizer again, and cleans up its orphans.
     *
     * @return the containers found; their ends arrive through {@link #wait}
     */
    CompletionStage<Set<ContainerID>> recover(List<RecoverableContainer> known, boolean rebooted);

    /** How the container ends (or ended, if removed lately). */
    CompletionStage<ContainerTermination> wait(ContainerID id);

    /** SIGTERM (or its equivalent), then SIGKILL after the grace period. @return false when there is no such container */
    boolean kill(ContainerID id, Duration grace);

    /** Kills the container at once because a limit was hit; its termination carries the limitation. */
    void destroy(ContainerID id, ContainerLimitation limitation);

    /** New resources for a running container. */
    CompletionStage<Void> update(ContainerID id, Resources resources);

    /** A usage sample of the container, with its limits. */
    CompletionStage<ResourceStatistics> usage(ContainerID id);

    /** The pid of the container's first process, once there is one. */
    Optional<Long> pid(ContainerID id);

    Set<ContainerID> containers();

    /** Stops watching every container and leaves them running, for an agent that stops gracefully. */
    void abandonAll();

    /** How many launches failed (slave/container_launch_errors). */
    long launchErrors();
}
