package io.osmos.allocator.random;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bookkeeping rules every agent must obey, for tests: what frameworks hold fits in the total
 * (nothing is held twice, nothing goes negative), available and held add up to the total exactly,
 * every held resource says which role it is allocated to, and what is kept between changes (each
 * agent's available and held, the cluster totals of the metrics, the agents with something
 * available) equals what is worked out afresh.
 */
final class Invariants {
    private Invariants() {
    }

    /** Each broken rule as a sentence naming the agent; empty when all hold. */
    static List<String> violations(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        Resources clusterTotal = Resources.EMPTY;
        Resources clusterHeld = Resources.EMPTY;
        for (Agent agent : cluster.agents.values()) {
            String name = "Agent " + agent.id.getValue();
            Resources held = Resources.EMPTY;
            for (Resources one : agent.allocations().values()) {
                held = held.plus(one.unallocated());
            }
            if (!held.equals(agent.allocatedSum()) || !agent.available().equals(agent.total().minus(held))) {
                violations.add(name + " kept held " + agent.allocatedSum() + " and available " + agent.available()
                        + " from before a change; they are " + held + " and " + agent.total().minus(held));
            }
            clusterTotal = clusterTotal.plus(agent.total());
            clusterHeld = clusterHeld.plus(held);
            if (!agent.total().contains(held)) {
                violations.add(name + " has frameworks holding " + held + ", more than its total " + agent.total());
            } else if (!agent.available().plus(held).equals(agent.total())) {
                violations.add(name + ": available " + agent.available() + " plus held " + held
                        + " is not its total " + agent.total());
            }
            for (Map.Entry<FrameworkID, Resources> entry : agent.allocations().entrySet()) {
                String holder = name + ", framework " + entry.getKey().getValue();
                if (entry.getValue().isEmpty()) {
                    violations.add(holder + ": an empty allocation is kept");
                }
                for (Resource resource : entry.getValue()) {
                    if (!resource.getAllocationInfo().hasRole()) {
                        violations.add(holder + " holds " + Resources.of(resource) + " without an allocation role");
                    }
                }
            }
        }
        Set<Agent> free = new HashSet<>(cluster.free.now());
        for (Agent agent : cluster.agents.values()) {
            if (free.contains(agent) == agent.available().isEmpty()) {
                violations.add("Agent " + agent.id.getValue() + " is " + (free.contains(agent) ? "" : "not ")
                        + "counted as having something available, yet has " + agent.available());
            }
        }
        if (!cluster.agents.values().containsAll(free)) {
            violations.add("An agent no longer in the cluster is counted as having something available");
        }
        for (Framework framework : cluster.frameworks.values()) {
            Map<String, Integer> kept = new HashMap<>();
            framework.filters.countByRole(kept);
            if (!kept.equals(framework.filters.countedAfresh())) {
                violations.add("Framework " + framework.id.getValue() + " counts filters " + kept + " but has "
                        + framework.filters.countedAfresh());
            }
        }
        cluster.totals.recount();
        if (!cluster.totals.total().equals(clusterTotal.scalarTotals())
                || !cluster.totals.held().equals(clusterHeld.scalarTotals())) {
            violations.add("The metrics count " + cluster.totals.total() + " in all, " + cluster.totals.held()
                    + " held; the agents add up to " + clusterTotal.scalarTotals() + " and "
                    + clusterHeld.scalarTotals());
        }
        return violations;
    }
}
