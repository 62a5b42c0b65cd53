package io.osmos.agent.master;

import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.runtime.actor.Actor;

/**
 * Carries what happens on one subscription attempt from the HTTP client's threads to the agent's
 * actor, tagged with the attempt so the link can tell a current stream from an abandoned one.
 */
final class LinkListener implements StreamListener {
    private final Actor actor;
    private final MasterLink link;
    private final long attempt;

    LinkListener(Actor actor, MasterLink link, long attempt) {
        this.actor = actor;
        this.link = link;
        this.attempt = attempt;
    }

    @Override
    public void opened(String streamId) {
        actor.tell(() -> link.streamOpened(attempt, streamId));
    }

    @Override
    public void event(AgentEvent event) {
        actor.tell(() -> link.streamEvent(attempt, event));
    }

    @Override
    public void closed(String reason) {
        actor.tell(() -> link.streamClosed(attempt, reason));
    }
}
