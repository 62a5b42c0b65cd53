package io.osmos.allocator.random;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bookkeeping rules every agent must obey, for tests: what frameworks hold fits in the total
 * (nothing is held twice, nothing goes negative), available and held add up to the total exactly, and
 * every held resource says which role it is allocated to.
 */
final class Invariants {
    private Invariants() {
    }

    /** Each broken rule as a sentence naming the agent; empty when all hold. */
    static List<String> violations(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        for (Agent agent : cluster.agents.values()) {
            String name = "Agent " + agent.id.getValue();
            Resources held = agent.allocatedSum();
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
        return violations;
    }
}
