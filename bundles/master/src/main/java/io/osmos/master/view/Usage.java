package io.osmos.master.view;

import io.osmos.api.resources.Resources;
import io.osmos.master.core.MasterView;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Used (tasks and executors) and offered resources per agent and per framework, summed in one pass. */
final class Usage {
    private final Map<AgentID, Resources> agentUsed = new HashMap<>();
    private final Map<AgentID, Resources> agentOffered = new HashMap<>();
    private final Map<FrameworkID, Resources> frameworkUsed = new HashMap<>();
    private final Map<FrameworkID, Resources> frameworkOffered = new HashMap<>();
    private final Map<String, Resources> roleOffered = new HashMap<>();

    Usage(MasterView view) {
        for (AgentEntry agent : view.agents()) {
            agent.allocated().forEach((framework, used) -> {
                agentUsed.merge(agent.id(), used, Resources::plus);
                frameworkUsed.merge(framework, used, Resources::plus);
            });
        }
        for (OfferEntry offer : view.offers()) {
            agentOffered.merge(offer.agentId(), offer.resources(), Resources::plus);
            frameworkOffered.merge(offer.frameworkId(), offer.resources(), Resources::plus);
            roleOffered.merge(offer.offer().getAllocationInfo().getRole(), offer.resources(), Resources::plus);
        }
    }

    Resources used(AgentID agent) {
        return agentUsed.getOrDefault(agent, Resources.EMPTY);
    }

    Resources offered(AgentID agent) {
        return agentOffered.getOrDefault(agent, Resources.EMPTY);
    }

    Resources used(FrameworkID framework) {
        return frameworkUsed.getOrDefault(framework, Resources.EMPTY);
    }

    Resources offered(FrameworkID framework) {
        return frameworkOffered.getOrDefault(framework, Resources.EMPTY);
    }

    /** What all frameworks together use in each role, by allocation role. */
    Map<String, Resources> usedByRole() {
        Map<String, Resources> byRole = new HashMap<>();
        for (Resources used : frameworkUsed.values()) {
            for (String role : rolesOf(used)) {
                byRole.merge(role, used.allocatedTo(role), Resources::plus);
            }
        }
        return byRole;
    }

    /** What is offered in each role. */
    Map<String, Resources> offeredByRole() {
        return roleOffered;
    }

    private static Set<String> rolesOf(Resources resources) {
        Set<String> roles = new TreeSet<>();
        resources.forEach(r -> {
            if (r.hasAllocationInfo()) {
                roles.add(r.getAllocationInfo().getRole());
            }
        });
        return roles;
    }
}
