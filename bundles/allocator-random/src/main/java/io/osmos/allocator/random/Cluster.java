package io.osmos.allocator.random;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.WeightInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frameworks and agents the master has told the allocator about, and the membership events that
 * change them. Touched only on the allocator's actor. Events about unknown frameworks or agents are
 * logged and ignored: the master's state is the truth, and a swap rebuilds this from it.
 */
final class Cluster {
    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);

    final Map<FrameworkID, Framework> frameworks = new LinkedHashMap<>();
    final Map<AgentID, Agent> agents = new LinkedHashMap<>();
    final Map<String, Double> weights = new LinkedHashMap<>();
    final ResourceMemo memo = new ResourceMemo();
    final ResourceTotals totals = new ResourceTotals(memo);
    final FreeAgents free = new FreeAgents();

    double weight(String role) {
        return weights.getOrDefault(role, 1.0);
    }

    void addFramework(FrameworkID id, FrameworkInfo info, Map<AgentID, Resources> used, boolean active,
            Set<String> suppressedRoles) {
        Framework framework = frameworks.get(id);
        if (framework != null) {
            LOG.warn("Framework {} was added twice; taking the newer info", id.getValue());
            framework.update(info, suppressedRoles);
            framework.active = active;
        } else {
            frameworks.put(id, new Framework(id, info, active, suppressedRoles));
        }
        used.forEach((agentId, resources) -> {
            Agent agent = agents.get(agentId);
            // An agent added earlier already counted this framework's share from its own seed.
            if (agent != null && agent.allocatedTo(id).isEmpty()) {
                report(agent.track(id, resources), id, agentId);
            }
        });
    }

    void removeFramework(FrameworkID id) {
        if (frameworks.remove(id) == null) {
            LOG.warn("Cannot remove unknown framework {}", id.getValue());
        }
        agents.values().forEach(agent -> agent.forget(id));
    }

    void updateFramework(FrameworkID id, FrameworkInfo info, Set<String> suppressedRoles) {
        Framework framework = framework(id, "an update");
        if (framework != null) {
            framework.update(info, suppressedRoles);
        }
    }

    void activateFramework(FrameworkID id, boolean active) {
        Framework framework = framework(id, active ? "activation" : "deactivation");
        if (framework != null) {
            framework.active = active;
            // As in Mesos, a framework that went away starts afresh: its refusals were for an old session.
            if (!active) {
                framework.filters.clearAll();
            }
        }
    }

    void addAgent(AgentID id, Resources total, Map<FrameworkID, Resources> used,
            List<AgentInfo.Capability> capabilities) {
        Agent replaced = agents.get(id);
        if (replaced != null) {
            LOG.warn("Agent {} was added twice; replacing it", id.getValue());
            free.removed(replaced);
        }
        Agent agent = new Agent(id, total, memo, this::agentChanged);
        if (capabilities != null) {
            agent.capable(capabilities);
        }
        agents.put(id, agent);
        agentChanged(agent);
        // Frameworks not added yet are counted too: the master adds them next, and until then their
        // resources must not be offered to anyone else.
        used.forEach((frameworkId, resources) -> report(agent.track(frameworkId, resources), frameworkId, id));
    }

    void removeAgent(AgentID id) {
        Agent removed = agents.remove(id);
        if (removed == null) {
            LOG.warn("Cannot remove unknown agent {}", id.getValue());
        } else {
            free.removed(removed);
        }
        totals.removed(id);
        frameworks.values().forEach(framework -> framework.filters.removeAgent(id));
    }

    void updateAgent(AgentID id, Resources total) {
        Agent agent = agent(id, "an update");
        if (agent != null) {
            Resources rejected = agent.resize(total);
            if (!rejected.isEmpty()) {
                LOG.warn("Agent {} shrank below what frameworks hold; no longer counting {}", id.getValue(), rejected);
            }
        }
    }

    void activateAgent(AgentID id, boolean active) {
        Agent agent = agent(id, active ? "activation" : "deactivation");
        if (agent != null) {
            agent.active = active;
        }
    }

    /** SUPPRESS: no offers for these roles (empty: all the framework's roles) until revived. */
    void suppress(FrameworkID id, Set<String> roles) {
        Framework framework = framework(id, "a suppression");
        if (framework != null) {
            framework.suppress(roles);
        }
    }

    /** REVIVE: offers again for these roles (empty: all), and their refusal filters are forgotten. */
    void revive(FrameworkID id, Set<String> roles) {
        Framework framework = framework(id, "a revive");
        if (framework != null) {
            framework.revive(roles);
        }
    }

    /** Roles not listed keep their weight; a weight that is not positive is refused by name. */
    void updateWeights(List<WeightInfo> updates) {
        for (WeightInfo update : updates) {
            if (!update.hasRole()) {
                continue;
            }
            if (!(update.getWeight() > 0)) {
                LOG.warn("Ignoring weight {} for role '{}': weights must be positive", update.getWeight(), update.getRole());
                continue;
            }
            weights.put(update.getRole(), update.getWeight());
        }
    }

    private void agentChanged(Agent agent) {
        totals.changed(agent);
        free.changed(agent);
    }

    Framework framework(FrameworkID id, String action) {
        Framework framework = frameworks.get(id);
        if (framework == null) {
            LOG.warn("Ignoring {} for unknown framework {}", action, id.getValue());
        }
        return framework;
    }

    Agent agent(AgentID id, String action) {
        Agent agent = agents.get(id);
        if (agent == null) {
            LOG.warn("Ignoring {} for unknown agent {}", action, id.getValue());
        }
        return agent;
    }

    private static void report(Resources rejected, FrameworkID frameworkId, AgentID agentId) {
        if (!rejected.isEmpty()) {
            LOG.warn("Framework {} is said to hold {} on agent {} beyond what the agent has free; not counted",
                    frameworkId.getValue(), rejected, agentId.getValue());
        }
    }
}
