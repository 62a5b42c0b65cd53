package io.osmos.agent;

import io.osmos.agent.checkpoint.Checkpointer;
import io.osmos.agent.executor.ExecutorControl;
import io.osmos.agent.master.MasterLink;
import io.osmos.agent.status.StatusUpdateManager;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.MasterInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The agent's standing with the master: (re)registered, pinged, acknowledged, shut down. Runs on the actor. */
final class Registration {
    private static final Logger LOG = LoggerFactory.getLogger(Registration.class);

    private final AgentState state;
    private final Checkpointer checkpointer;
    private final AgentHost host;
    private final MasterLink link;
    private final StatusUpdateManager updates;
    private final ExecutorControl control;
    private final Acknowledgements acknowledgements;

    Registration(AgentState state, Checkpointer checkpointer, AgentHost host, MasterLink link,
            StatusUpdateManager updates, ExecutorControl control, Acknowledgements acknowledgements) {
        this.state = state;
        this.checkpointer = checkpointer;
        this.host = host;
        this.link = link;
        this.updates = updates;
        this.control = control;
        this.acknowledgements = acknowledgements;
    }

    /** REGISTERED or REREGISTERED: remember (and checkpoint) the id and deliver what waited for the master. */
    void registered(AgentID id, MasterInfo master, double heartbeatIntervalSeconds, boolean reregistered) {
        if (state.agentId != null && !state.agentId.equals(id)) {
            LOG.warn("The master changed this agent's id from {} to {}", state.agentId.getValue(), id.getValue());
        }
        state.agentId = id;
        state.master = master;
        state.registered = true;
        checkpointer.agent(host.agentInfo());
        LOG.info("{} with the master as agent {}", reregistered ? "Reregistered" : "Registered", id.getValue());
        link.registered(heartbeatIntervalSeconds);
        updates.resume();
    }

    /** The link to the master broke: nothing is sent until the agent is registered again. */
    void disconnected() {
        state.registered = false;
        updates.pause();
    }

    void acknowledge(AgentEvent.AcknowledgeStatus ack) {
        acknowledgements.acknowledge(ack);
    }

    void pong() {
        link.send(AgentCalls.pong(state.agentId));
    }

    /** The master will not take this agent back: kill everything and stop talking to it. */
    void shutdown(String message) {
        LOG.warn("The master shut this agent down{}", message.isEmpty() ? "" : ": " + message);
        state.shutDown = true;
        link.stop();
        control.shutdownAll();
    }
}
