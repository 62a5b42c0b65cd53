package io.osmos.agent.master;

import io.osmos.protocol.internal.Internal.AgentEvent;

/** What happens on one subscription stream to the master; called on HTTP client threads. */
public interface StreamListener {
    /** The master accepted the subscription; later calls carry this stream id. */
    void opened(String streamId);

    void event(AgentEvent event);

    /** The stream ended or never opened; called at most once, and nothing follows it. */
    void closed(String reason);
}
