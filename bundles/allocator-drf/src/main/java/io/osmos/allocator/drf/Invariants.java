package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bookkeeping rules every agent must obey, for tests: what frameworks hold fits in the total
 * (nothing is held twice), free and held add up to the total exactly, every held resource names its
 * role, and the sorters hold exactly what the agents say frameworks hold.
 */
final class Invariants {
    private Invariants() {
    }

    /** Each broken rule as a sentence naming the agent or framework; empty when all hold. */
    static List<String> violations(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        Quantities heldEverywhere = new Quantities();
        for (Agent agent : cluster.agentList) {
            String name = "Agent " + agent.id.getValue();
            Resources held = Resources.EMPTY;
            for (Map.Entry<FrameworkID, Resources> entry : agent.allocations.entrySet()) {
                held = held.plus(entry.getValue().unallocated());
                String holder = name + ", framework " + entry.getKey().getValue();
                if (entry.getValue().isEmpty()) {
                    violations.add(holder + ": an empty allocation is kept");
                }
                for (Resource resource : entry.getValue()) {
                    if (!resource.getAllocationInfo().hasRole()) {
                        violations.add(holder + " holds " + Resources.of(resource) + " without an allocation role");
                    }
                }
                if (cluster.frameworks.containsKey(entry.getKey())) {
                    heldEverywhere.add(Quantities.of(entry.getValue(), cluster.names));
                }
            }
            if (!agent.total().contains(held)) {
                violations.add(name + " has frameworks holding " + held + ", more than its total " + agent.total());
            } else if (!agent.available().plus(held).equals(agent.total())) {
                violations.add(name + ": available " + agent.available() + " plus held " + held
                        + " is not its total " + agent.total());
            }
        }
        if (!heldEverywhere.equals(cluster.roleSorter.totalAllocation())) {
            violations.add("The role sorter counts " + cluster.roleSorter.totalAllocation().toMap(cluster.names)
                    + " allocated, but frameworks hold " + heldEverywhere.toMap(cluster.names));
        }
        return violations;
    }
}
