package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerLimitation;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The containers one containerizer runs, by id, the bookkeeping the Mesos and docker containerizers
 * keep alike: how the containers removed lately ended, the answers for a container that is not
 * there, and how many launches failed (slave/container_launch_errors). Touched only on the agent's
 * actor; the launch error count is also read by the metrics.
 */
final class ContainerTable<C extends TrackedContainer> {
    private static final int RECENTLY_ENDED = 1024;

    private final Map<ContainerID, C> containers = new LinkedHashMap<>();
    // How removed containers ended, for a wait() after the removal (a command that exits at once can
    // be gone before its launcher asks); the oldest are forgotten first.
    private final Map<ContainerID, ContainerTermination> ended = RecentlyEnded.map(RECENTLY_ENDED);
    private final AtomicLong launchErrors = new AtomicLong();

    void add(C c) {
        containers.put(c.id, c);
    }

    boolean contains(ContainerID id) {
        return containers.containsKey(id);
    }

    Optional<C> find(ContainerID id) {
        return Optional.ofNullable(containers.get(id));
    }

    /** False once the container is gone, or another one took its id: a late answer about it is void. */
    boolean holds(C c) {
        return containers.get(c.id) == c;
    }

    /** Removes the container, keeping how it ended for a later wait(), unless another took its id. */
    void retire(C c, ContainerTermination how) {
        if (containers.remove(c.id, c)) {
            ended.put(c.id, how);
        }
    }

    /** Forgets every container without ending any. @return those forgotten */
    List<C> forgetAll() {
        List<C> all = List.copyOf(containers.values());
        containers.clear();
        return all;
    }

    Set<ContainerID> ids() {
        return Set.copyOf(containers.keySet());
    }

    /** How the container ends (or ended, if removed lately); one never seen ended in an unknown way. */
    CompletionStage<ContainerTermination> wait(ContainerID id) {
        C c = containers.get(id);
        return c != null ? c.termination : CompletableFuture.completedFuture(ended.getOrDefault(id,
                ContainerTermination.unknown("the container is not known")));
    }

    /** Runs the action on the container. @return false when there is no such container */
    boolean ifKnown(ContainerID id, Consumer<C> action) {
        C c = containers.get(id);
        if (c == null) {
            return false;
        }
        action.accept(c);
        return true;
    }

    /** The call's answer about the container; fails at once when there is no such container. */
    <T> CompletionStage<T> withKnown(ContainerID id, Function<C, CompletionStage<T>> call) {
        C c = containers.get(id);
        if (c == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Unknown container " + id.getValue()));
        }
        return call.apply(c);
    }

    /**
     * Records the limit that destroys the container; only the first counts.
     *
     * @return the container, to be killed at once; empty when unknown or already being destroyed
     */
    Optional<C> limit(ContainerID id, ContainerLimitation limitation) {
        C c = containers.get(id);
        if (c == null || c.limitation != null) {
            return Optional.empty();
        }
        c.limitation = limitation;
        return Optional.of(c);
    }

    /** A launch that failed before it started anything: counted, and failed with the reason. */
    <T> CompletionStage<T> launchFailed(Throwable reason) {
        launchErrors.incrementAndGet();
        return CompletableFuture.failedFuture(reason);
    }

    /** The launch, counted when it fails. */
    <T> CompletionStage<T> counted(CompletionStage<T> launch) {
        return launch.whenComplete((ignored, failure) -> {
            if (failure != null) {
                launchErrors.incrementAndGet();
            }
        });
    }

    long launchErrors() {
        return launchErrors.get();
    }
}
