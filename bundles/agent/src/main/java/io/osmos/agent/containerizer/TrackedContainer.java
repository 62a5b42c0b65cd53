package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerLimitation;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.util.concurrent.CompletableFuture;

/**
 * What every containerizer keeps of a container, whatever runs it: the part {@link ContainerTable}
 * answers wait, kill and destroy from. Touched only on the agent's actor.
 */
abstract class TrackedContainer {
    final ContainerID id;
    final CompletableFuture<ContainerTermination> termination = new CompletableFuture<>();
    Resources resources;
    boolean killed;
    // Set once, by the first destroy: later limits must not rewrite why the container ended.
    ContainerLimitation limitation;

    TrackedContainer(ContainerID id, Resources resources) {
        this.id = id;
        this.resources = resources;
    }
}
