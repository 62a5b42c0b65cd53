package io.osmos.master.core;

import io.osmos.api.allocator.Allocator;
import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.WeightInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells a freshly initialized (and paused) allocator everything the master knows, so it can take
 * over: the operator's quota and weights first, so that its first allocation run already honours
 * them; then every framework with what it holds on each agent (tasks, executors and outstanding
 * offers all count as allocated) and its suppressed roles; then every agent with its capabilities
 * and what each framework holds on it; last, which agents are deactivated.
 */
final class AllocatorSeed {
    private AllocatorSeed() {
    }

    static void seed(Master master, Allocator allocator) {
        master.roles.quotas().forEach(allocator::updateQuota);
        if (!master.roles.weights().isEmpty()) {
            List<WeightInfo> weights = new ArrayList<>();
            master.roles.weights().forEach((role, weight) ->
                    weights.add(WeightInfo.newBuilder().setRole(role).setWeight(weight).build()));
            allocator.updateWeights(weights);
        }
        Map<FrameworkID, Map<AgentID, Resources>> byFramework = new HashMap<>();
        for (AgentEntry agent : master.agents.all()) {
            agent.allocated().forEach((framework, used) ->
                    byFramework.computeIfAbsent(framework, f -> new HashMap<>()).put(agent.id(), used));
        }
        // Offers and accepts waiting for hooks, by agent: few agents have them, the others pass on their
        // (kept) sums of what tasks use as they are.
        Map<AgentID, Map<FrameworkID, Resources>> held = new HashMap<>();
        for (OfferEntry offer : master.offers.all()) {
            hold(byFramework, held, offer.frameworkId(), offer.agentId(), offer.resources());
        }
        master.acceptance.held().all().forEach((framework, resources) -> resources.forEach((agent, r) ->
                hold(byFramework, held, framework, agent, r)));
        for (FrameworkEntry framework : master.frameworks.all()) {
            allocator.addFramework(framework.id(), framework.info(), byFramework.getOrDefault(framework.id(), Map.of()),
                    framework.active(), Set.copyOf(framework.suppressedRoles()));
        }
        for (AgentEntry agent : master.agents.all()) {
            allocator.addAgent(agent.id(), agent.info(), agent.capabilities(), agent.total(),
                    used(agent, held.get(agent.id())));
        }
        for (AgentEntry agent : master.agents.all()) {
            if (!agent.active()) {
                allocator.deactivateAgent(agent.id());
            }
        }
    }

    private static Map<FrameworkID, Resources> used(AgentEntry agent, Map<FrameworkID, Resources> held) {
        if (held == null) {
            return agent.allocated();
        }
        Map<FrameworkID, Resources> used = new HashMap<>(agent.allocated());
        held.forEach((framework, resources) -> used.merge(framework, resources, Resources::plus));
        return used;
    }

    private static void hold(Map<FrameworkID, Map<AgentID, Resources>> byFramework,
            Map<AgentID, Map<FrameworkID, Resources>> byAgent, FrameworkID framework, AgentID agent, Resources used) {
        byFramework.computeIfAbsent(framework, f -> new HashMap<>()).merge(agent, used, Resources::plus);
        byAgent.computeIfAbsent(agent, a -> new HashMap<>()).merge(framework, used, Resources::plus);
    }
}
