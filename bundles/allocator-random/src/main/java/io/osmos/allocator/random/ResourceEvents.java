package io.osmos.allocator.random;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer.Operation;
import io.osmos.protocol.v1.Protos.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Events that move resources between available and held, or change their kind: recovery (with the
 * refusal filter it may install) and the RESERVE, UNRESERVE, CREATE and DESTROY conversions. Touched
 * only on the allocator's actor.
 */
final class ResourceEvents {
    private final Cluster cluster;
    private final Duration allocationInterval;

    ResourceEvents(Cluster cluster, Duration allocationInterval) {
        this.cluster = cluster;
        this.allocationInterval = allocationInterval;
    }

    void recover(FrameworkID frameworkId, AgentID agentId, Resources resources, Optional<Filters> filters,
            Instant now) {
        // An agent already removed took its allocations with it; there is nothing to give back.
        Agent agent = cluster.agents.get(agentId);
        if (agent == null) {
            return;
        }
        agent.untrack(frameworkId, resources);
        Framework framework = cluster.frameworks.get(frameworkId);
        Optional<Duration> timeout = RefuseTimeout.of(filters, allocationInterval);
        if (framework == null || timeout.isEmpty()) {
            return;
        }
        Optional<String> role = allocationRole(resources).or(() -> framework.roles().stream().findFirst());
        role.ifPresent(r -> framework.filters.refuse(r, agentId, resources, now.plus(timeout.get())));
    }

    /** Converts what a framework holds, as its accepted operations say. */
    void updateAllocation(FrameworkID frameworkId, AgentID agentId, Resources offered, List<Operation> operations) {
        Agent agent = cluster.agent(agentId, "an allocation update");
        if (agent == null) {
            return;
        }
        String role = allocationRole(offered).orElseThrow(() -> new IllegalArgumentException(
                "Offered resources " + offered + " of framework " + frameworkId.getValue()
                        + " carry no allocation role, so the allocation they belong to is unknown"));
        List<Conversion> conversions = Conversion.of(operations);
        Resources held = agent.allocatedTo(frameworkId);
        for (Conversion conversion : conversions) {
            Resources consumed = conversion.consumed().allocate(role);
            if (!held.contains(consumed)) {
                throw new IllegalArgumentException("Framework " + frameworkId.getValue() + " holds " + held
                        + " on agent " + agentId.getValue() + ", which lacks " + consumed + " that its operation"
                        + " consumes");
            }
            held = held.minus(consumed).plus(conversion.converted().allocate(role));
        }
        conversions.forEach(conversion -> agent.convertTotal(conversion.consumed(), conversion.converted()));
        agent.replaceAllocation(frameworkId, held);
    }

    /** Converts free resources for an operator's operation; nothing changes unless every step fits. */
    void updateAvailable(AgentID agentId, List<Operation> operations) {
        Agent agent = cluster.agents.get(agentId);
        if (agent == null) {
            throw new IllegalArgumentException("Unknown agent " + agentId.getValue());
        }
        List<Conversion> conversions = Conversion.of(operations);
        Resources available = agent.available();
        for (Conversion conversion : conversions) {
            if (!available.contains(conversion.consumed())) {
                throw new IllegalArgumentException("Agent " + agentId.getValue() + " has " + available
                        + " available, which lacks " + conversion.consumed() + " that the operation consumes");
            }
            available = available.minus(conversion.consumed()).plus(conversion.converted());
        }
        conversions.forEach(conversion -> agent.convertTotal(conversion.consumed(), conversion.converted()));
    }

    private static Optional<String> allocationRole(Resources resources) {
        for (Resource resource : resources) {
            if (resource.hasAllocationInfo() && resource.getAllocationInfo().hasRole()) {
                return Optional.of(resource.getAllocationInfo().getRole());
            }
        }
        return Optional.empty();
    }
}
