package io.osmos.agent.testing;

import io.osmos.api.isolator.ContainerConfig;
import io.osmos.api.isolator.ContainerLaunchInfo;
import io.osmos.api.isolator.ContainerLimitation;
import io.osmos.api.isolator.ContainerState;
import io.osmos.api.isolator.Isolator;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An isolator written against the module API as a plugin author would: it notes every call it gets,
 * can refuse to prepare, and reports a limitation when the test says so.
 */
public final class RecordingIsolator implements Isolator {
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final CompletableFuture<ContainerLimitation> limitation = new CompletableFuture<>();
    private final String refusal;

    /** @param refusal why prepare fails, or null to prepare fine */
    public RecordingIsolator(String refusal) {
        this.refusal = refusal;
    }

    @Override
    public CompletionStage<Void> recover(List<ContainerState> states, Set<ContainerID> orphans) {
        calls.add("recover " + states.size());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Optional<ContainerLaunchInfo>> prepare(ContainerID containerId, ContainerConfig config) {
        calls.add("prepare");
        return refusal == null ? CompletableFuture.completedFuture(Optional.empty())
                : CompletableFuture.failedFuture(new IllegalStateException(refusal));
    }

    @Override
    public CompletionStage<Void> isolate(ContainerID containerId, long pid) {
        calls.add(pid > 0 ? "isolate" : "isolate without a pid");
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<ContainerLimitation> watch(ContainerID containerId) {
        calls.add("watch");
        return limitation;
    }

    @Override
    public CompletionStage<Void> cleanup(ContainerID containerId) {
        calls.add("cleanup");
        return CompletableFuture.completedFuture(null);
    }
}
