package io.osmos.agent.view;

import io.osmos.agent.AgentView;
import io.osmos.agent.containerizer.Containerizer;
import io.osmos.agent.executor.Executor;
import io.osmos.agent.monitor.Statistics;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ContainerStatus;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import io.osmos.protocol.v1.agent.Protos.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * GET_CONTAINERS: every running executor's container with its status and a usage sample. A task
 * group's executor is one container whose sample sums its tasks' nested containers; with
 * {@code show_nested} those are listed too, each with its parent.
 */
public final class Containers {
    private Containers() {
    }

    /** Starts the samples on the agent's actor (call inside {@link io.osmos.agent.Agent#read}). */
    public static CompletableFuture<Response> of(AgentView view, boolean showNested) {
        Containerizer containerizer = view.containerizer();
        List<CompletableFuture<Response.GetContainers.Container>> containers = new ArrayList<>();
        for (Executor executor : view.executors()) {
            if (executor.state() == Executor.State.TERMINATED) {
                continue;
            }
            List<ContainerID> running = executor.containers().stream()
                    .filter(id -> containerizer.pid(id).isPresent()).toList();
            if (running.isEmpty()) {
                continue;
            }
            CompletableFuture<ResourceStatistics> total = null;
            for (ContainerID id : running) {
                CompletableFuture<ResourceStatistics> usage = sample(containerizer, id);
                total = total == null ? usage : total.thenCombine(usage, Statistics::sum);
                if (showNested && executor.kind() == Executor.Kind.DEFAULT) {
                    containers.add(usage.thenApply(u -> container(executor, id, containerizer.pid(id).orElse(0L), u)));
                }
            }
            long pid = executor.kind() == Executor.Kind.DEFAULT ? 0 : containerizer.pid(running.get(0)).orElse(0L);
            containers.add(total.thenApply(u -> container(executor, executor.containerId(), pid, u)));
        }
        return CompletableFuture.allOf(containers.toArray(CompletableFuture[]::new)).thenApply(all -> {
            Response.GetContainers.Builder answer = Response.GetContainers.newBuilder();
            containers.forEach(c -> answer.addContainers(c.join()));
            return Response.newBuilder().setType(Response.Type.GET_CONTAINERS).setGetContainers(answer).build();
        });
    }

    // A sample that cannot be taken (the container just ended) shows as empty rather than failing the call.
    private static CompletableFuture<ResourceStatistics> sample(Containerizer containerizer, ContainerID id) {
        return containerizer.usage(id).toCompletableFuture()
                .exceptionally(failure -> ResourceStatistics.newBuilder().setTimestamp(0).build());
    }

    private static Response.GetContainers.Container container(Executor executor, ContainerID id, long pid,
            ResourceStatistics usage) {
        ContainerStatus.Builder status = ContainerStatus.newBuilder().setContainerId(id);
        if (pid > 0) {
            status.setExecutorPid((int) pid);
        }
        return Response.GetContainers.Container.newBuilder().setFrameworkId(executor.frameworkId())
                .setExecutorId(executor.id()).setExecutorName(executor.info().getName()).setContainerId(id)
                .setContainerStatus(status).setResourceStatistics(usage).build();
    }
}
