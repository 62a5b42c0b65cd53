package io.osmos.agent.testing;

import io.osmos.agent.containerizer.ContainerLaunch;
import io.osmos.agent.containerizer.ContainerTermination;
import io.osmos.agent.containerizer.Containerizer;
import io.osmos.api.isolator.ContainerLimitation;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ContainerInfo;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import io.osmos.runtime.actor.Actor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * A stand-in for the docker containerizer: a real docker daemon cannot run on the machines these tests
 * run on. Like docker it declines every container that is not DOCKER; those it takes run nothing, and
 * end when the test says or when they are killed. It records every call, to show what was routed here.
 */
public final class StandInDocker implements Containerizer {
    /** Every call by kind and container id, e.g. "launch c1", "kill c1". */
    public final List<String> calls = new CopyOnWriteArrayList<>();
    private final Actor actor;
    private final Map<ContainerID, CompletableFuture<ContainerTermination>> running = new ConcurrentHashMap<>();

    public StandInDocker(Actor actor) {
        this.actor = actor;
    }

    @Override
    public Optional<CompletionStage<Void>> launch(ContainerLaunch launch, LongConsumer forked) {
        if (launch.containerType().filter(t -> t == ContainerInfo.Type.DOCKER).isEmpty()) {
            return Optional.empty();
        }
        calls.add("launch " + launch.containerId().getValue());
        running.put(launch.containerId(), new CompletableFuture<>());
        return Optional.of(CompletableFuture.completedFuture(null));
    }

    /** Ends the container with the exit status, as its command would. */
    public void exit(ContainerID id, int status) {
        actor.tell(() -> end(id, new ContainerTermination(Optional.of(status), Optional.empty(), false, "")));
    }

    private void end(ContainerID id, ContainerTermination termination) {
        CompletableFuture<ContainerTermination> ended = running.remove(id);
        if (ended != null) {
            ended.complete(termination);
        }
    }

    @Override
    public CompletionStage<Set<ContainerID>> recover(List<io.osmos.agent.containerizer.RecoverableContainer> known,
            boolean rebooted) {
        calls.add("recover " + known.size());
        return CompletableFuture.completedFuture(Set.of());
    }

    @Override
    public CompletionStage<ContainerTermination> wait(ContainerID id) {
        return running.getOrDefault(id, CompletableFuture.completedFuture(ContainerTermination.unknown("unknown")));
    }

    @Override
    public boolean kill(ContainerID id, Duration grace) {
        calls.add("kill " + id.getValue());
        // docker stop: SIGTERM ends a plain command with status 143.
        actor.tell(() -> end(id, new ContainerTermination(Optional.of(143), Optional.empty(), true, "")));
        return running.containsKey(id);
    }

    @Override
    public void destroy(ContainerID id, ContainerLimitation limitation) {
        kill(id, Duration.ZERO);
    }

    @Override
    public CompletionStage<Void> update(ContainerID id, Resources resources) {
        calls.add("update " + id.getValue());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<ResourceStatistics> usage(ContainerID id) {
        calls.add("usage " + id.getValue());
        return CompletableFuture.completedFuture(ResourceStatistics.newBuilder().setTimestamp(1).build());
    }

    @Override
    public Optional<Long> pid(ContainerID id) {
        return Optional.empty();
    }

    @Override
    public Set<ContainerID> containers() {
        return Set.copyOf(running.keySet());
    }

    @Override
    public void abandonAll() {
        running.clear();
    }

    @Override
    public long launchErrors() {
        return 0;
    }
}
