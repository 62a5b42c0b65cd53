package io.osmos.agent.isolator.posix;

import io.osmos.api.isolator.ContainerState;
import io.osmos.api.isolator.Isolator;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The posix isolators of Mesos: they confine nothing, they only report what a container's processes
 * use, read from /proc on a thread of their own so the agent never waits on it.
 */
abstract class PosixIsolator implements Isolator, AutoCloseable {
    private final Map<ContainerID, Long> sessions = new ConcurrentHashMap<>();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "osmos-posix-isolator");
        thread.setDaemon(true);
        thread.setContextClassLoader(null);
        return thread;
    });

    @Override
    public CompletionStage<Void> recover(List<ContainerState> states, Set<ContainerID> orphans) {
        states.forEach(state -> sessions.put(state.containerId(), state.pid()));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> isolate(ContainerID containerId, long pid) {
        sessions.put(containerId, pid);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<ResourceStatistics> usage(ContainerID containerId) {
        Long session = sessions.get(containerId);
        if (session == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Unknown container "
                    + containerId.getValue()));
        }
        return CompletableFuture.supplyAsync(() -> statistics(SessionUsage.of(session)), reader);
    }

    @Override
    public CompletionStage<Void> cleanup(ContainerID containerId) {
        sessions.remove(containerId);
        return CompletableFuture.completedFuture(null);
    }

    /** This isolator's fields of a sample. */
    abstract ResourceStatistics statistics(SessionUsage usage);

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
