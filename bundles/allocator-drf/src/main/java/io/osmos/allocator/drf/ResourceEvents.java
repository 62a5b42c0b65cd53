package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Events that give resources back (with the refusal filter a decline installs) or change their kind
 * (RESERVE, UNRESERVE, CREATE, DESTROY). Touched only on the allocator's actor.
 */
final class ResourceEvents {
    private final Cluster cluster;
    private final Holdings holdings;
    private final Duration allocationInterval;

    ResourceEvents(Cluster cluster, Holdings holdings, Duration allocationInterval) {
        this.cluster = cluster;
        this.holdings = holdings;
        this.allocationInterval = allocationInterval;
    }

    void recover(FrameworkID frameworkId, AgentID agentId, Resources resources, Optional<Filters> filters,
            long nowNanos) {
        // A removed agent took its allocations with it; a removed framework gave everything back.
        Agent agent = cluster.agents.get(agentId);
        if (agent == null || resources.isEmpty()) {
            return;
        }
        List<Holdings.Returned> returned = holdings.giveBack(agent, frameworkId, resources);
        Framework framework = cluster.frameworks.get(frameworkId);
        Optional<Duration> timeout = RefuseTimeout.of(filters, allocationInterval);
        if (framework == null || timeout.isEmpty() || returned.isEmpty()) {
            return;
        }
        // Mesos recovers one role at a time; the filter belongs to that role.
        Holdings.Returned part = returned.get(0);
        FrameworkRole tracked = framework.tracked.get(part.role());
        if (tracked == null) {
            return; // the framework left the role and holds nothing more there
        }
        Resources refused = agent.canonical(part.resources());
        long expiry = nowNanos + timeout.get().toNanos();
        agent.filters.add(tracked.slot, refused, expiry);
        agent.refusedNow(tracked.slot, refused);
        cluster.earliestExpiry = Math.min(cluster.earliestExpiry, expiry);
        tracked.filters++;
    }

    /** Converts what a framework holds, as the operations it accepted say. */
    void updateAllocation(FrameworkID frameworkId, AgentID agentId, Resources offered, List<Operation> operations) {
        Agent agent = known(agentId);
        Framework framework = cluster.frameworks.get(frameworkId);
        if (framework == null) {
            throw new IllegalArgumentException("Unknown framework " + frameworkId.getValue());
        }
        Map<String, Resources> byRole = ByRole.split(offered, framework.roles, "*");
        if (byRole.size() != 1) {
            throw new IllegalArgumentException("Offered resources " + offered + " of framework "
                    + frameworkId.getValue() + " must be allocated to exactly one role, not " + byRole.keySet());
        }
        String role = byRole.keySet().iterator().next();
        List<Conversion> conversions = Conversion.of(operations);
        Resources held = agent.allocatedTo(frameworkId);
        Resources before = Resources.EMPTY;
        Resources after = Resources.EMPTY;
        for (Conversion conversion : conversions) {
            Resources consumed = conversion.consumed().allocate(role);
            if (!held.contains(consumed)) {
                throw new IllegalArgumentException("Framework " + frameworkId.getValue() + " holds " + held
                        + " on agent " + agentId.getValue() + ", which lacks " + consumed
                        + " that its operation consumes");
            }
            Resources converted = conversion.converted().allocate(role);
            held = held.minus(consumed).plus(converted);
            before = before.plus(consumed);
            after = after.plus(converted);
        }
        retotal(agent, apply(agent.total(), conversions));
        agent.allocations.put(frameworkId, held);
        FrameworkRole tracked = framework.tracked.get(role);
        Breakdown old = Breakdown.of(before, cluster.names);
        Breakdown now = Breakdown.of(after, cluster.names);
        cluster.roleSorter.update(role, old.all(), now.all());
        tracked.role.frameworkSorter.update(framework.key, old.all(), now.all());
        cluster.roles.trackOffered(tracked.role, old, false);
        cluster.roles.trackOffered(tracked.role, now, true);
        cluster.quotaInputsChanged(tracked.role);
    }

    /** Converts free resources for an operator's operations; nothing changes unless every step fits. */
    void updateAvailable(AgentID agentId, List<Operation> operations) {
        Agent agent = known(agentId);
        List<Conversion> conversions = Conversion.of(operations);
        Resources available = agent.available();
        for (Conversion conversion : conversions) {
            if (!available.contains(conversion.consumed())) {
                throw new IllegalArgumentException("Agent " + agentId.getValue() + " has " + available
                        + " available, which lacks " + conversion.consumed() + " that the operation consumes");
            }
            available = available.minus(conversion.consumed()).plus(conversion.converted());
        }
        retotal(agent, apply(agent.total(), conversions));
        agent.setAvailable(available);
    }

    /** Gives an agent a new total and moves the cluster sums with it; allocations are the caller's. */
    void retotal(Agent agent, Resources total) {
        Breakdown old = agent.totalBreakdown();
        cluster.roles.trackReservations(agent.total(), false);
        agent.setTotal(cluster.shapes.total(total));
        cluster.roles.trackReservations(agent.total(), true);
        Breakdown now = agent.totalBreakdown();
        if (!old.all().equals(now.all())) {
            cluster.shares.subtract(old.all());
            cluster.shares.add(now.all());
        }
        cluster.unreservedTotal.subtract(old.unreserved()).add(now.unreserved());
        cluster.quotaInputsChanged(!old.reserved().equals(now.reserved()));
    }

    private Agent known(AgentID agentId) {
        Agent agent = cluster.agents.get(agentId);
        if (agent == null) {
            throw new IllegalArgumentException("Unknown agent " + agentId.getValue());
        }
        return agent;
    }

    private static Resources apply(Resources total, List<Conversion> conversions) {
        Resources result = total;
        for (Conversion conversion : conversions) {
            result = result.minus(conversion.consumed()).plus(conversion.converted());
        }
        return result;
    }
}
