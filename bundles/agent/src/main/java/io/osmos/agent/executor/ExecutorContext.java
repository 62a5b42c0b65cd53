package io.osmos.agent.executor;

import io.osmos.agent.checkpoint.Checkpointer;
import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.containerizer.Containerizer;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.runtime.actor.Actor;

/** The agent's parts every kind of executor works with; all used on the agent's actor. */
public record ExecutorContext(Actor actor, AgentSettings settings, Containerizer containerizer,
        Checkpointer checkpointer, AgentHooks hooks, ExecutorRegistry executors, ExecutorHost host,
        UriFetcher fetcher, ExecutorObserver observer) {
}
