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

    private final Map<String, Map<AgentID, List<Refusal>>> byRole = new HashMap<>();
    // No filter expires before this, so a run before it need not look (a run comes after every ACCEPT).
    private Instant firstExpiry;

    void refuse(String role, AgentID agentId, Resources refused, Instant expiry) {
        byRole.computeIfAbsent(role, r -> new HashMap<>())
                .computeIfAbsent(agentId, a -> new ArrayList<>())
                .add(new Refusal(refused.unallocated(), expiry));
        if (firstExpiry == null || expiry.isBefore(firstExpiry)) {
            firstExpiry = expiry;
        }
    }

    /** True if an unexpired filter of this role on this agent covers the whole offer. */
    boolean filtered(String role, AgentID agentId, Resources offer, Instant now) {
        List<Refusal> refusals = byRole.getOrDefault(role, Map.of()).getOrDefault(agentId, List.of());
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
        byRole.values().forEach(agents -> {
            agents.values().forEach(refusals -> {
                refusals.removeIf(r -> !now.isBefore(r.expiry()));
                refusals.forEach(r -> {
                    if (firstExpiry == null || r.expiry().isBefore(firstExpiry)) {
                        firstExpiry = r.expiry();
                    }
                });
            });
            agents.values().removeIf(List::isEmpty);
        });
        byRole.values().removeIf(Map::isEmpty);
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
        byRole.values().forEach(agents -> agents.remove(agentId));
        byRole.values().removeIf(Map::isEmpty);
    }

    /** Adds this framework's filter count per role to {@code counts}. */
    void countByRole(Map<String, Integer> counts) {
        byRole.forEach((role, agents) -> {
            int count = agents.values().stream().mapToInt(List::size).sum();
            counts.merge(role, count, Integer::sum);
        });
    }
}
