package io.osmos.allocator.random;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One framework's refused-resources filters, per role and agent, as Mesos keeps them: a filter
 * holds back any offer whose resources are all contained in what was refused, until it expires.
 * Resources are compared without their allocation, so a filter installed for an offer matches the
 * same resources when they are free again.
 */
final class OfferFilters {
    private record Refusal(Resources refused, Instant expiry) {
    }

    /** One role's filters by agent, and how many there are, which the metrics ask after every run. */
    private static final class RoleFilters {
        final Map<AgentID, List<Refusal>> byAgent = new HashMap<>();
        int count;
    }

    private final Map<String, RoleFilters> byRole = new HashMap<>();
    // No filter expires before this, so a run before it need not look (a run comes after every ACCEPT).
    private Instant firstExpiry;

    void refuse(String role, AgentID agentId, Resources refused, Instant expiry) {
        RoleFilters filters = byRole.computeIfAbsent(role, r -> new RoleFilters());
        filters.byAgent.computeIfAbsent(agentId, a -> new ArrayList<>()).add(new Refusal(refused.unallocated(), expiry));
        filters.count++;
        if (firstExpiry == null || expiry.isBefore(firstExpiry)) {
            firstExpiry = expiry;
        }
    }

    /** True if an unexpired filter of this role on this agent covers the whole offer. */
    boolean filtered(String role, AgentID agentId, Resources offer, Instant now) {
        RoleFilters filters = byRole.get(role);
        List<Refusal> refusals = filters == null ? List.of() : filters.byAgent.getOrDefault(agentId, List.of());
        if (refusals.isEmpty()) {
            return false;
        }
        Resources candidate = offer.unallocated();
        for (Refusal refusal : refusals) {
            if (now.isBefore(refusal.expiry()) && refusal.refused().contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Drops filters that have expired by {@code now}. */
    void expire(Instant now) {
        if (firstExpiry == null || now.isBefore(firstExpiry)) {
            return;
        }
        firstExpiry = null;
        for (RoleFilters filters : byRole.values()) {
            for (List<Refusal> refusals : filters.byAgent.values()) {
                int before = refusals.size();
                refusals.removeIf(r -> !now.isBefore(r.expiry()));
                filters.count -= before - refusals.size();
                for (Refusal refusal : refusals) {
                    if (firstExpiry == null || refusal.expiry().isBefore(firstExpiry)) {
                        firstExpiry = refusal.expiry();
                    }
                }
            }
            filters.byAgent.values().removeIf(List::isEmpty);
        }
        byRole.values().removeIf(filters -> filters.count == 0);
    }

    void clear(Collection<String> roles) {
        byRole.keySet().removeAll(roles);
    }

    void clearAll() {
        byRole.clear();
    }

    void retainRoles(Collection<String> roles) {
        byRole.keySet().retainAll(roles);
    }

    void removeAgent(AgentID agentId) {
        for (RoleFilters filters : byRole.values()) {
            List<Refusal> removed = filters.byAgent.remove(agentId);
            if (removed != null) {
                filters.count -= removed.size();
            }
        }
        byRole.values().removeIf(filters -> filters.count == 0);
    }

    /** For tests: the filters per role, counted one by one. */
    Map<String, Integer> countedAfresh() {
        Map<String, Integer> counts = new HashMap<>();
        byRole.forEach((role, filters) -> filters.byAgent.values().forEach(refusals ->
                counts.merge(role, refusals.size(), Integer::sum)));
        return counts;
    }

    /** Adds this framework's filter count per role to {@code counts}. */
    void countByRole(Map<String, Integer> counts) {
        byRole.forEach((role, filters) -> counts.merge(role, filters.count, Integer::sum));
    }
}
