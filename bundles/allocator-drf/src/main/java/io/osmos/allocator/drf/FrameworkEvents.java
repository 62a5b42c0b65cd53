package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frameworks subscribing, leaving, connecting, changing roles, suppressing and reviving. Events about
 * unknown frameworks are logged and ignored. Touched only on the allocator's actor.
 */
final class FrameworkEvents {
    private static final Logger LOG = LoggerFactory.getLogger(FrameworkEvents.class);
    private final Cluster cluster;
    private final Holdings holdings;

    FrameworkEvents(Cluster cluster, Holdings holdings) {
        this.cluster = cluster;
        this.holdings = holdings;
    }

    void add(FrameworkID id, FrameworkInfo info, Map<AgentID, Resources> used, boolean active, Set<String> suppressed) {
        if (cluster.frameworks.containsKey(id)) {
            LOG.warn("Framework {} was added twice; taking the newer info", id.getValue());
            update(id, info, suppressed);
            activate(id, active);
            return;
        }
        Framework framework = new Framework(id);
        framework.update(info, cluster.names);
        framework.active = active;
        suppressed.stream().filter(framework.roles::contains).forEach(framework.suppressed::add);
        cluster.frameworks.put(id, framework);
        framework.roles.forEach(role -> cluster.track(framework, role));
        for (Agent agent : cluster.pending.getOrDefault(id, List.of())) {
            holdings.adopt(agent, framework);
        }
        cluster.pending.remove(id);
        used.forEach((agentId, held) -> {
            Agent agent = cluster.agents.get(agentId);
            // An agent added earlier already counted this framework's share from its own seed.
            if (agent != null && !agent.allocations.containsKey(id)) {
                holdings.hold(agent, id, held);
            }
        });
        cluster.touch(framework);
    }

    void remove(FrameworkID id) {
        // Everything it holds comes back first, while the framework can still be found to un-sort it.
        List<Agent> holding = new ArrayList<>();
        for (Agent agent : cluster.agentList) {
            if (agent.allocations.containsKey(id)) {
                holding.add(agent);
            }
        }
        holding.forEach(agent -> holdings.release(agent, id));
        cluster.pending.remove(id);
        Framework framework = cluster.frameworks.remove(id);
        if (framework == null) {
            LOG.warn("Cannot remove unknown framework {}", id.getValue());
            return;
        }
        for (FrameworkRole tracked : new ArrayList<>(framework.tracked.values())) {
            cluster.dropFilters(tracked);
            cluster.untrackIfIdle(tracked);
        }
    }

    void activate(FrameworkID id, boolean active) {
        Framework framework = known(id, active ? "an activation" : "a deactivation");
        if (framework == null) {
            return;
        }
        framework.active = active;
        if (!active) {
            // As in Mesos, a framework that went away starts afresh: its refusals were for an old session.
            framework.tracked.values().forEach(cluster::dropFilters);
        }
        cluster.refreshActivation(framework);
        cluster.touch(framework);
    }

    /** New roles, capabilities or offer filters; suppression becomes exactly {@code suppressed}. */
    void update(FrameworkID id, FrameworkInfo info, Set<String> suppressed) {
        Framework framework = known(id, "an update");
        if (framework == null) {
            return;
        }
        Set<String> oldRoles = framework.roles;
        Set<String> oldSuppressed = new HashSet<>(framework.suppressed);
        framework.update(info, cluster.names);
        framework.roles.forEach(role -> cluster.track(framework, role));
        for (String role : oldRoles) {
            FrameworkRole tracked = framework.tracked.get(role);
            if (!framework.roles.contains(role) && tracked != null) {
                cluster.dropFilters(tracked);
                cluster.untrackIfIdle(tracked);
            }
        }
        framework.suppressed.clear();
        suppressed.stream().filter(framework.roles::contains).forEach(framework.suppressed::add);
        // Roles leaving suppression are revived, which clears their filters (Mesos: reviveRoles).
        oldSuppressed.removeAll(framework.suppressed);
        clearFilters(framework, oldSuppressed);
        cluster.refreshActivation(framework);
        cluster.touch(framework);
    }

    /** SUPPRESS: no offers for these roles (none named: all the framework's roles) until revived. */
    void suppress(FrameworkID id, Set<String> roles) {
        Framework framework = known(id, "a suppression");
        if (framework != null) {
            resolve(framework, roles).stream().filter(framework.roles::contains).forEach(framework.suppressed::add);
            cluster.refreshActivation(framework);
        }
    }

    /** REVIVE: offers again for these roles (none named: all), with their refusal filters forgotten. */
    void revive(FrameworkID id, Set<String> roles) {
        Framework framework = known(id, "a revive");
        if (framework != null) {
            Set<String> revived = resolve(framework, roles);
            framework.suppressed.removeAll(revived);
            clearFilters(framework, revived);
            cluster.refreshActivation(framework);
            cluster.touch(framework);
        }
    }

    private void clearFilters(Framework framework, Set<String> roles) {
        for (String role : roles) {
            FrameworkRole tracked = framework.tracked.get(role);
            if (tracked != null) {
                cluster.dropFilters(tracked);
            }
        }
    }

    private static Set<String> resolve(Framework framework, Set<String> roles) {
        return roles.isEmpty() ? new HashSet<>(framework.roles) : roles;
    }

    private Framework known(FrameworkID id, String event) {
        Framework framework = cluster.frameworks.get(id);
        if (framework == null) {
            LOG.warn("Ignoring {} of unknown framework {}", event, id.getValue());
        }
        return framework;
    }
}
