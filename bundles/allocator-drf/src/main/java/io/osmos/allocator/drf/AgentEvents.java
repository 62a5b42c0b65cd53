package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.ArrayList;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agents joining, leaving and changing. Events about unknown agents are logged and ignored: the
 * master's state is the truth, and a swap rebuilds the allocator from it. Touched only on the actor.
 */
final class AgentEvents {
    private static final Logger LOG = LoggerFactory.getLogger(AgentEvents.class);
    private final Cluster cluster;
    private final Holdings holdings;
    private final ResourceEvents resources;

    AgentEvents(Cluster cluster, Holdings holdings, ResourceEvents resources) {
        this.cluster = cluster;
        this.holdings = holdings;
        this.resources = resources;
    }

    void add(AgentID id, AgentInfo info, AgentCapabilities capabilities, Resources total,
            Map<FrameworkID, Resources> used) {
        if (cluster.agents.containsKey(id)) {
            LOG.warn("Agent {} was added twice; replacing it", id.getValue());
            remove(id);
        }
        Agent agent = new Agent(id, cluster.nextAgentSerial++, info, cluster.shapes.total(total),
                cluster.changes::wake);
        agent.capabilities = capabilities;
        agent.multiRole = capabilities.multiRole();
        cluster.agents.put(id, agent);
        agent.position = cluster.agentList.size();
        cluster.agentList.add(agent);
        if (!agent.totalBreakdown().reserved().isEmpty()) {
            cluster.roles.trackReservations(agent.total(), true);
        }
        cluster.shares.add(agent.totalBreakdown().all());
        cluster.unreservedTotal.add(agent.totalBreakdown().unreserved());
        cluster.quotaInputsChanged(!agent.totalBreakdown().reserved().isEmpty());
        // Frameworks not added yet count too: the master adds them next, and until then their
        // resources must not be offered to anyone else.
        used.forEach((frameworkId, held) -> holdings.hold(agent, frameworkId, held));
    }

    void remove(AgentID id) {
        Agent agent = cluster.agents.remove(id);
        if (agent == null) {
            LOG.warn("Cannot remove unknown agent {}", id.getValue());
            return;
        }
        for (FrameworkID frameworkId : new ArrayList<>(agent.allocations.keySet())) {
            holdings.release(agent, frameworkId);
        }
        dropFilters(agent);
        agent.removed = true;
        Agent last = cluster.agentList.remove(cluster.agentList.size() - 1);
        if (last != agent) {
            cluster.agentList.set(agent.position, last);
            last.position = agent.position;
        }
        if (!agent.totalBreakdown().reserved().isEmpty()) {
            cluster.roles.trackReservations(agent.total(), false);
        }
        cluster.shares.subtract(agent.totalBreakdown().all());
        cluster.unreservedTotal.subtract(agent.totalBreakdown().unreserved());
        cluster.quotaInputsChanged(!agent.totalBreakdown().reserved().isEmpty());
    }

    /** A re-registration: new info (filters go if attributes changed, as in Mesos) or a new total. */
    void update(AgentID id, AgentInfo info, Resources total) {
        Agent agent = known(id, "an update");
        if (agent == null) {
            return;
        }
        if (!agent.info.getAttributesList().equals(info.getAttributesList())) {
            dropFilters(agent); // frameworks may have refused for want of an attribute
        }
        agent.info = info;
        Resources newTotal = total.unallocated();
        if (!newTotal.equals(agent.total())) {
            resources.retotal(agent, newTotal);
            Resources held = Resources.EMPTY;
            for (Resources allocation : agent.allocations.values()) {
                held = held.plus(allocation.unallocated());
            }
            if (!newTotal.contains(held)) {
                LOG.warn("Agent {} shrank to {}, below the {} frameworks hold there", id.getValue(), newTotal, held);
            }
            agent.setAvailable(newTotal.minus(held));
        }
        agent.changed();
    }

    void activate(AgentID id, boolean active) {
        Agent agent = known(id, active ? "an activation" : "a deactivation");
        if (agent != null) {
            agent.active = active;
            agent.changed();
        }
    }

    private void dropFilters(Agent agent) {
        if (agent.filters.count() == 0) {
            return;
        }
        for (Framework framework : cluster.frameworks.values()) {
            for (FrameworkRole tracked : framework.tracked.values()) {
                tracked.filters -= agent.filters.remove(tracked.slot);
            }
        }
        agent.changed();
    }

    private Agent known(AgentID id, String event) {
        Agent agent = cluster.agents.get(id);
        if (agent == null) {
            LOG.warn("Ignoring {} of unknown agent {}", event, id.getValue());
        }
        return agent;
    }
}
