package io.osmos.agent;

import io.osmos.agent.containerizer.Isolators;
import io.osmos.agent.executor.ExecutorObserver;
import io.osmos.agent.executor.UriFetcher;
import io.osmos.agent.hooks.AgentHooks;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The pluggable parts the agent works with: the isolator and hook services present, the fetcher, and
 * what follows sandboxes (the files API and garbage collection).
 *
 * @param metrics the parts' own metrics by Mesos name (fetcher, garbage collection), readable any time
 * @param io threads that may block on the disk, for reading sandboxes
 */
public record AgentParts(Isolators isolators, AgentHooks hooks, UriFetcher fetcher, ExecutorObserver observer,
        Supplier<Map<String, Double>> metrics, Executor io) {

    public AgentParts {
        Objects.requireNonNull(isolators, "isolators");
        Objects.requireNonNull(hooks, "hooks");
        Objects.requireNonNull(fetcher, "fetcher");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(io, "io");
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
