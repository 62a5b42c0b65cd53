package io.osmos.agent;

import io.osmos.agent.containerizer.Containerizer;
import io.osmos.agent.containerizer.Isolators;
import io.osmos.agent.executor.ExecutorObserver;
import io.osmos.agent.executor.UriFetcher;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.runtime.actor.Actor;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The pluggable parts the agent works with: the isolator and hook services present, the fetcher, and
 * what follows sandboxes (the files API and garbage collection).
 *
 * @param metrics the parts' own metrics by Mesos name (fetcher, garbage collection), readable any time
 * @param io threads that may block on the disk, for reading sandboxes
 * @param containerizers containerizers by name that replace the built-in ones
 */
public record AgentParts(Isolators isolators, AgentHooks hooks, UriFetcher fetcher, ExecutorObserver observer,
        Supplier<Map<String, Double>> metrics, Executor io, Map<String, Function<Actor, Containerizer>> containerizers) {

    public AgentParts(Isolators isolators, AgentHooks hooks, UriFetcher fetcher, ExecutorObserver observer,
            Supplier<Map<String, Double>> metrics, Executor io) {
        this(isolators, hooks, fetcher, observer, metrics, io, Map.of());
    }

    public AgentParts {
        containerizers = Map.copyOf(containerizers);
        Objects.requireNonNull(isolators, "isolators");
        Objects.requireNonNull(hooks, "hooks");
        Objects.requireNonNull(fetcher, "fetcher");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(io, "io");
    }

    /** These parts with a containerizer that replaces the built-in one of that name in --containerizers. */
    public AgentParts withContainerizer(String name, Function<Actor, Containerizer> make) {
        Map<String, Function<Actor, Containerizer>> all = new HashMap<>(containerizers);
        all.put(name, make);
        return new AgentParts(isolators, hooks, fetcher, observer, metrics, io, all);
    }

    /**
     * No fetcher and no garbage collection: URIs fail their task, sandboxes stay. Sandboxes are read
     * on a small pool of daemon threads shared by such agents.
     */
    public static AgentParts of(Isolators isolators, AgentHooks hooks) {
        return new AgentParts(isolators, hooks, UriFetcher.NONE, ExecutorObserver.NONE, Map::of, SharedIo.THREADS);
    }

    private static final class SharedIo {
        static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "osmos-agent-shared-io");
            thread.setDaemon(true);
            thread.setContextClassLoader(null);
            return thread;
        });
    }
}
