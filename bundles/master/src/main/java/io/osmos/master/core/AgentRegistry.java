package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.TaskEntry;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus.Reason;
import io.osmos.runtime.http.EventStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agents coming and going: REGISTER, REREGISTER, the stream closing (disconnected: deactivated, its
 * offers rescinded), and UNREGISTER (removed: its tasks are gone). Actor-confined.
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
        Resources total = totalOrRefuse(register.getAgentInfo(), stream);
        if (total == null) {
            return;
        }
        AgentID id = master.ids.agent();
        AgentInfo info = register.getAgentInfo().toBuilder().setId(id).build();
        AgentEntry agent = new AgentEntry(info, total, register.getVersion(), register.getCapabilitiesList(),
                master.now());
        master.agents.add(agent);
        connect(agent, stream, streamId);
        agent.send(AgentEvents.registered(id, master.info, pingSeconds()));
        master.counters.increment("master/slave_registrations");
        LOG.info("Agent {} at {}:{} registered with {}", id.getValue(), info.getHostname(), info.getPort(), total);
        Map<FrameworkID, Resources> used = agent.allocated();
        master.allocator.tell("addAgent", a -> a.addAgent(id, info, total, used));
    }

    void reregister(AgentCall.Reregister reregister, EventStream stream, String streamId) {
        Resources total = totalOrRefuse(reregister.getAgentInfo(), stream);
        if (total == null) {
            return;
        }
        AgentInfo info = reregister.getAgentInfo();
        AgentEntry agent = master.agents.get(info.getId());
        if (agent != null) {
            // Resynchronise the allocator from scratch: simpler and safer than patching what it held.
            master.offering.rescindAll(agent);
            master.allocator.tell("removeAgent", a -> a.removeAgent(info.getId()));
            agent.update(info, total, reregister.getVersion(), reregister.getCapabilitiesList(), master.now());
        } else {
            agent = new AgentEntry(info, total, reregister.getVersion(), reregister.getCapabilitiesList(),
                    master.now());
            master.agents.add(agent);
        }
        Set<FrameworkID> unknown = reconciler.reconcile(agent, reregister);
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
        AgentEntry added = agent;
        Map<FrameworkID, Resources> used = agent.allocated();
        master.allocator.tell("addAgent", a -> a.addAgent(added.id(), added.info(), total, used));
    }

    private Resources totalOrRefuse(AgentInfo info, EventStream stream) {
        try {
            return Resources.of(info.getResourcesList());
        } catch (IllegalArgumentException e) {
            String reason = "Agent " + info.getHostname() + " refused: invalid resources: " + e.getMessage();
            LOG.warn(reason);
            stream.send(AgentEvents.shutdown(reason));
            stream.close();
            return null;
        }
    }

    private void connect(AgentEntry agent, EventStream stream, String streamId) {
        EventStream old = agent.stream();
        agent.attach(stream, streamId);
        if (old != null && old != stream) {
            old.close(); // its close callback sees the agent moved on and does nothing
        }
        agent.active(true);
        agent.ping(master.actor.every(master.settings().agentPingTimeout(), () -> agent.send(AgentEvents.ping())));
        stream.onClose(() -> master.actor.tell(() -> disconnected(agent, stream)));
    }

    private double pingSeconds() {
        return master.settings().agentPingTimeout().toNanos() / 1e9;
    }

    /** The agent's stream closed: no offers on it until it reregisters. Its tasks stay. */
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

    /** The agent leaves for good: its tasks are gone, frameworks hear of the loss. */
    void remove(AgentEntry agent, String why) {
        LOG.info("Removing agent {}: {}", agent.id().getValue(), why);
        master.offering.rescindAll(agent);
        master.allocator.tell("removeAgent", a -> a.removeAgent(agent.id()));
        String message = "Agent " + agent.info().getHostname() + " removed: " + why;
        for (TaskEntry task : agent.tasks()) {
            FrameworkEntry framework = master.frameworks.get(task.frameworkId());
            TaskState state = framework != null && framework.partitionAware() ? TaskState.TASK_GONE
                    : TaskState.TASK_LOST;
            master.tasks.terminate(task, state, Reason.REASON_AGENT_REMOVED, message, false);
        }
        master.agents.remove(agent);
        master.counters.increment("master/slave_removals");
        EventStream stream = agent.stream();
        agent.detach();
        if (stream != null) {
            stream.close();
        }
        master.frameworks.all().forEach(framework -> framework.send(Events.failure(agent.id(), null, null)));
    }

    void closeAll() {
        for (AgentEntry agent : List.copyOf(master.agents.all())) {
            EventStream stream = agent.stream();
            agent.detach();
            if (stream != null) {
                stream.close();
            }
        }
    }
}
