package io.osmos.agent.monitor;

import io.osmos.agent.containerizer.Containerizer;
import io.osmos.agent.executor.Executor;
import io.osmos.agent.executor.ExecutorRegistry;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * {@code /monitor/statistics}: a usage sample of every running executor's container, the isolators'
 * statistics merged, in the Mesos agent's JSON shape:
 * {@code [{"executor_id", "executor_name", "framework_id", "source", "statistics": {...}}]}.
 */
public final class MonitorEndpoint implements HttpEndpoint {
    private record Entry(Executor executor, ResourceStatistics statistics) {
    }

    private final Actor actor;
    private final ExecutorRegistry executors;
    private final Containerizer containerizer;

    public MonitorEndpoint(Actor actor, ExecutorRegistry executors, Containerizer containerizer) {
        this.actor = actor;
        this.executors = executors;
        this.containerizer = containerizer;
    }

    @Override
    public void handle(HttpExchange exchange) {
        if (!exchange.method().equals("GET") && !exchange.method().equals("HEAD")) {
            exchange.header("Allow", "GET").respondText(405, "Expecting 'GET', received '" + exchange.method() + "'");
            return;
        }
        actor.ask(this::sample).thenCompose(samples -> CompletableFuture.allOf(samples.toArray(CompletableFuture[]::new))
                .thenApply(all -> samples.stream().map(CompletableFuture::join).flatMap(Optional::stream).toList()))
                .whenComplete((entries, failure) -> {
                    if (failure != null) {
                        exchange.respondText(503, "The agent is not running: " + failure.getMessage());
                    } else {
                        exchange.respondJson(200, entries.stream().map(MonitorEndpoint::json)
                                .collect(Collectors.joining(",", "[", "]")));
                    }
                });
    }

    // On the actor: one sample per running executor; one that cannot be sampled is left out.
    private List<CompletableFuture<Optional<Entry>>> sample() {
        List<CompletableFuture<Optional<Entry>>> samples = new ArrayList<>();
        for (Executor executor : executors.all()) {
            List<ContainerID> running = executor.containers().stream()
                    .filter(id -> containerizer.pid(id).isPresent()).toList();
            if (executor.state() == Executor.State.TERMINATED || running.isEmpty()) {
                continue;
            }
            CompletableFuture<ResourceStatistics> usage = containerizer.usage(running.get(0)).toCompletableFuture();
            for (ContainerID id : running.subList(1, running.size())) {
                usage = usage.thenCombine(containerizer.usage(id), Statistics::sum);
            }
            samples.add(usage.handle((statistics, failure) -> failure != null ? Optional.empty()
                    : Optional.of(new Entry(executor, statistics))));
        }
        return samples;
    }

    private static String json(Entry entry) {
        Executor executor = entry.executor();
        return "{\"executor_id\":" + Json.string(executor.id().getValue())
                + ",\"executor_name\":" + Json.string(executor.info().getName())
                + ",\"framework_id\":" + Json.string(executor.frameworkId().getValue())
                + ",\"source\":" + Json.string(executor.info().getSource())
                + ",\"statistics\":" + Codec.toJson(entry.statistics()) + "}";
    }
}
