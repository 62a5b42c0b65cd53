package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.Agents;
import io.osmos.master.state.Subscriber;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.runtime.http.EventStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agents coming and going: REGISTER, REREGISTER (of a known agent, of one marked unreachable, or of
 * one this master never saw), and the stream closing (disconnected: deactivated, its offers
 * rescinded, health checks going on). Removal is {@link AgentRemoval}'s. Actor-confined.
 */
final class AgentRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(AgentRegistry.class);

    private final Master master;
    private final AgentReconciler reconciler;

    AgentRegistry(Master master) {
        this.master = master;
        this.reconciler = new AgentReconciler(master);
    }

    void register(AgentCall.Register register, EventStream stream, String streamId) {
        Resources configured = totalOrRefuse(register.getAgentInfo().getResourcesList(), register.getAgentInfo(),
                stream);
        Resources checkpointed = configured == null ? null
                : totalOrRefuse(register.getCheckpointedResourcesList(), register.getAgentInfo(), stream);
        if (checkpointed == null) {
            return;
        }
        AgentID id = master.ids.agent();
        AgentInfo info = register.getAgentInfo().toBuilder().setId(id).build();
        Resources total = Conversions.applyCheckpointed(configured, checkpointed);
        AgentEntry agent = new AgentEntry(info, total, register.getVersion(), register.getCapabilitiesList(),
                master.now(), master.shared);
        master.agents.add(agent);
        connect(agent, stream, streamId);
        agent.send(AgentEvents.registered(id, master.info, pingSeconds()));
        master.counters.increment("master/slave_registrations");
        LOG.info("Agent {} at {}:{} registered with {}", id.getValue(), info.getHostname(), info.getPort(), total);
        admitted(agent);
    }

    void reregister(AgentCall.Reregister reregister, EventStream stream, String streamId) {
        AgentInfo info = reregister.getAgentInfo();
        if (master.agents.isGone(info.getId())) {
            refuse(stream, "Agent " + info.getId().getValue() + " has been marked gone and may not reregister");
            return;
        }
        Resources configured = totalOrRefuse(info.getResourcesList(), info, stream);
        Resources reported = configured == null ? null
                : totalOrRefuse(reregister.getCheckpointedResourcesList(), info, stream);
        if (reported == null) {
            return;
        }
        AgentEntry agent = master.agents.get(info.getId());
        Set<FrameworkID> unknown;
        if (agent != null) {
            // The master's reservations and volumes win: the agent may not have heard of the latest.
            Resources total = Conversions.applyCheckpointed(configured, Conversions.checkpointed(agent.total()));
            master.offering.rescindAll(agent);
            master.allocator.tell("removeAgent", a -> a.removeAgent(info.getId()));
            agent.update(info, total, reregister.getVersion(), reregister.getCapabilitiesList(), master.now());
            unknown = reconciler.reconcile(agent, reregister);
        } else {
            Agents.Unreachable was = master.agents.unreachable(info.getId());
            agent = new AgentEntry(info, Conversions.applyCheckpointed(configured, reported), reregister.getVersion(),
                    reregister.getCapabilitiesList(), master.now(), master.shared);
            agent.update(info, agent.total(), reregister.getVersion(), reregister.getCapabilitiesList(), master.now());
            agent.deactivated(was != null && was.deactivated());
            master.agents.add(agent);
            unknown = reconciler.readmit(agent, reregister, was != null ? "Unreachable agent re-reregistered"
                    : "Unknown agent reregistered");
        }
        connect(agent, stream, streamId);
        agent.send(AgentEvents.reregistered(agent.id(), master.info, pingSeconds()));
        for (FrameworkID framework : unknown) {
            LOG.info("Agent {} runs framework {}, which this master does not know: shutting it down there",
                    agent.id().getValue(), framework.getValue());
            agent.send(AgentEvents.shutdownFramework(framework));
        }
        master.counters.increment("master/slave_reregistrations");
        LOG.info("Agent {} at {}:{} reregistered with {} tasks", agent.id().getValue(), info.getHostname(),
                info.getPort(), agent.tasks().size());
        admitted(agent);
    }

    // The allocator learns the agent with its capabilities and what is in use on it; operators hear of it.
    private void admitted(AgentEntry agent) {
        Map<FrameworkID, Resources> used = agent.allocated();
        AgentID id = agent.id();
        AgentInfo info = agent.info();
        Resources total = agent.total();
        List<AgentInfo.Capability> capabilities = agent.capabilities();
        master.allocator.tell("addAgent", a -> a.addAgent(id, info, capabilities, total, used));
        if (agent.deactivated()) {
            master.allocator.tell("deactivateAgent", a -> a.deactivateAgent(id));
        }
        master.agentHealth.watch(agent);
        master.operatorStreams.agentAdded(agent);
    }

    private Resources totalOrRefuse(List<Resource> resources, AgentInfo info, EventStream stream) {
        try {
            return Resources.of(resources);
        } catch (IllegalArgumentException e) {
            refuse(stream, "Agent " + info.getHostname() + " refused: invalid resources: " + e.getMessage());
            return null;
        }
    }

    private static void refuse(EventStream stream, String reason) {
        LOG.warn(reason);
        stream.send(AgentEvents.shutdown(reason));
        stream.close();
    }

    private void connect(AgentEntry agent, EventStream stream, String streamId) {
        EventStream old = agent.stream();
        agent.attach(new Subscriber(stream, streamId, master.settings().maxSubscriberBacklog()));
        if (old != null && old != stream) {
            old.close(); // its close callback sees the agent moved on and does nothing
        }
        agent.active(!agent.deactivated());
        stream.onClose(() -> master.actor.tell(() -> disconnected(agent, stream)));
    }

    private double pingSeconds() {
        return master.settings().agentPingTimeout().toNanos() / 1e9;
    }

    /** The agent's stream closed: no offers on it until it reregisters; its tasks stay, pings go on. */
    void disconnected(AgentEntry agent, EventStream stream) {
        if (agent.stream() != stream || master.agents.get(agent.id()) != agent) {
            return;
        }
        LOG.info("Agent {} disconnected", agent.id().getValue());
        agent.detach();
        master.offering.rescindAll(agent);
        if (agent.active()) {
            agent.active(false);
            master.allocator.tell("deactivateAgent", a -> a.deactivateAgent(agent.id()));
        }
    }

    void closeAll() {
        for (AgentEntry agent : List.copyOf(master.agents.all())) {
            master.agentHealth.forget(agent);
            EventStream stream = agent.stream();
            agent.detach();
            if (stream != null) {
                stream.close();
            }
        }
    }
}
