package io.osmos.master.view;

import io.osmos.api.resources.Resources;
import io.osmos.master.core.MasterView;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.HashMap;
import java.util.Map;

/** Used (tasks and executors) and offered resources per agent and per framework, summed in one pass. */
final class Usage {
    private final Map<AgentID, Resources> agentUsed = new HashMap<>();
    private final Map<AgentID, Resources> agentOffered = new HashMap<>();
    private final Map<FrameworkID, Resources> frameworkUsed = new HashMap<>();
    private final Map<FrameworkID, Resources> frameworkOffered = new HashMap<>();

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
}
