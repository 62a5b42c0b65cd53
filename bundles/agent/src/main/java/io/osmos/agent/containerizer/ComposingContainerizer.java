package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerLimitation;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongConsumer;

/**
 * Mesos's composing containerizer: the containerizers --containerizers names, asked in that order
 * whether they launch a container (the first that does not decline it owns it), and every later call
 * about a container goes to its owner. Runs on the agent's actor.
 */
public final class ComposingContainerizer implements Containerizer {
    private final Map<String, Containerizer> containerizers;
    private final Map<ContainerID, Containerizer> owners = new HashMap<>();
    // Owners of containers that ended lately, for a wait() after their end.
    private final Map<ContainerID, Containerizer> endedOwners = RecentlyEnded.map(1024);

    /** @param containerizers by name, in the order --containerizers names them */
    public ComposingContainerizer(Map<String, Containerizer> containerizers) {
        if (containerizers.isEmpty()) {
            throw new IllegalArgumentException("At least one containerizer is needed");
        }
        this.containerizers = new LinkedHashMap<>(containerizers);
    }

    /** Ready when every containerizer is, checked in order; the first that is not says why. */
    @Override
    public CompletableFuture<Void> ready() {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (Containerizer c : containerizers.values()) {
            chain = chain.thenCompose(ignored -> c.ready());
        }
        return chain;
    }

    /** Never declines: when every containerizer declines, the launch fails saying so. */
    @Override
    public Optional<CompletionStage<Void>> launch(ContainerLaunch launch, LongConsumer forked) {
        ContainerID id = launch.containerId();
        if (owners.containsKey(id)) {
            return Optional.of(CompletableFuture.failedFuture(new IllegalArgumentException(
                    "Container " + id.getValue() + " already exists")));
        }
        for (Containerizer c : containerizers.values()) {
            Optional<CompletionStage<Void>> launched = c.launch(launch, forked);
            if (launched.isPresent()) {
                owners.put(id, c);
                c.wait(id).thenRun(() -> forget(id, c));
                return launched;
            }
        }
        return Optional.of(CompletableFuture.failedFuture(new IllegalStateException("No containerizer in "
                + "--containerizers=" + String.join(",", containerizers.keySet()) + " runs a "
                + launch.containerType().map(Enum::name).orElse("MESOS") + " container")));
    }

    private void forget(ContainerID id, Containerizer owner) {
        if (owners.remove(id, owner)) {
            endedOwners.put(id, owner);
        }
    }

    /** Each containerizer recovers those it finds, in order; a container found is its finder's. */
    @Override
    public CompletionStage<Set<ContainerID>> recover(List<RecoverableContainer> known, boolean rebooted) {
        CompletionStage<Set<ContainerID>> chain = CompletableFuture.completedFuture(new LinkedHashSet<>());
        for (Containerizer c : containerizers.values()) {
            chain = chain.thenCompose(found -> c.recover(known, rebooted).thenApply(theirs -> {
                for (ContainerID id : theirs) {
                    if (found.add(id)) {
                        owners.put(id, c);
                        c.wait(id).thenRun(() -> forget(id, c));
                    }
                }
                return found;
            }));
        }
        return chain;
    }

    @Override
    public CompletionStage<ContainerTermination> wait(ContainerID id) {
        Containerizer owner = owners.getOrDefault(id, endedOwners.get(id));
        return owner != null ? owner.wait(id)
                : CompletableFuture.completedFuture(ContainerTermination.unknown("the container is not known"));
    }

    @Override
    public boolean kill(ContainerID id, Duration grace) {
        return owner(id).map(c -> c.kill(id, grace)).orElse(false);
    }

    @Override
    public void destroy(ContainerID id, ContainerLimitation limitation) {
        owner(id).ifPresent(c -> c.destroy(id, limitation));
    }

    @Override
    public CompletionStage<Void> update(ContainerID id, Resources resources) {
        return owner(id).map(c -> c.update(id, resources)).orElseGet(() -> CompletableFuture.failedFuture(
                new IllegalArgumentException("Unknown container " + id.getValue())));
    }

    @Override
    public CompletionStage<ResourceStatistics> usage(ContainerID id) {
        return owner(id).map(c -> c.usage(id)).orElseGet(() -> CompletableFuture.failedFuture(
                new IllegalArgumentException("Unknown container " + id.getValue())));
    }

    @Override
    public Optional<Long> pid(ContainerID id) {
        return owner(id).flatMap(c -> c.pid(id));
    }

    @Override
    public Set<ContainerID> containers() {
        Set<ContainerID> all = new LinkedHashSet<>();
        containerizers.values().forEach(c -> all.addAll(c.containers()));
        return Set.copyOf(all);
    }

    @Override
    public void abandonAll() {
        containerizers.values().forEach(Containerizer::abandonAll);
        owners.clear();
    }

    @Override
    public long launchErrors() {
        return containerizers.values().stream().mapToLong(Containerizer::launchErrors).sum();
    }

    /** The containerizer that owns the container. */
    public Optional<Containerizer> owner(ContainerID id) {
        return Optional.ofNullable(owners.get(id));
    }
}
