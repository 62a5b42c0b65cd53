package io.osmos.agent;

import io.osmos.agent.containerizer.Isolators;
import io.osmos.agent.executor.ExecutorObserver;
import io.osmos.agent.executor.UriFetcher;
import io.osmos.agent.hooks.AgentHooks;
import java.util.Objects;

/**
 * The pluggable parts the agent works with: the isolator and hook services present, the fetcher, and
 * what follows sandboxes (the files API and garbage collection).
 */
public record AgentParts(Isolators isolators, AgentHooks hooks, UriFetcher fetcher, ExecutorObserver observer) {

    public AgentParts {
        Objects.requireNonNull(isolators, "isolators");
        Objects.requireNonNull(hooks, "hooks");
        Objects.requireNonNull(fetcher, "fetcher");
        Objects.requireNonNull(observer, "observer");
    }

    /** No fetcher and no garbage collection: URIs fail their task, sandboxes stay. */
    public static AgentParts of(Isolators isolators, AgentHooks hooks) {
        return new AgentParts(isolators, hooks, UriFetcher.NONE, ExecutorObserver.NONE);
    }
}
