package io.osmos.allocator.drf;

import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.OfferFilters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the allocator knows of one framework. Touched only on the allocator's actor. */
final class Framework {
    final FrameworkID id;
    final String key;
    /** The roles this framework is tracked under, subscribed or still holding resources there. */
    final Map<String, FrameworkRole> tracked = new LinkedHashMap<>();
    final Set<String> suppressed = new LinkedHashSet<>();
    FrameworkInfo info;
    Set<String> roles;
    /** The role of resources that name none: the first of {@link #roles}, or "*" without any. */
    String fallbackRole;
    Capabilities capabilities;
    /** The framework's own minimum offer per role (FrameworkInfo.offer_filters), replacing the master's. */
    Map<String, List<Quantities>> minimums;
    boolean active;

    Framework(FrameworkID id) {
        this.id = id;
        this.key = id.getValue();
    }

    /** Takes a new FrameworkInfo; the caller re-tracks roles and suppression. */
    void update(FrameworkInfo newInfo, ResourceNames names) {
        info = newInfo;
        capabilities = Capabilities.of(newInfo);
        roles = rolesOf(newInfo, capabilities);
        fallbackRole = roles.isEmpty() ? "*" : roles.iterator().next();
        Map<String, List<Quantities>> byRole = new HashMap<>();
        newInfo.getOfferFiltersMap().forEach((role, filters) -> {
            if (filters.hasMinAllocatableResources()) {
                byRole.put(role, minimums(filters, names));
            }
        });
        minimums = byRole;
    }

    /** Whether offers may go to this framework in {@code role} now. */
    boolean wants(String role) {
        return active && roles.contains(role) && !suppressed.contains(role);
    }

    // Without MULTI_ROLE, Mesos reads the single deprecated `role` field, whose default is "*".
    private static Set<String> rolesOf(FrameworkInfo info, Capabilities capabilities) {
        if (capabilities.multiRole()) {
            return new LinkedHashSet<>(info.getRolesList());
        }
        return new LinkedHashSet<>(List.of(info.getRole()));
    }

    private static List<Quantities> minimums(OfferFilters filters, ResourceNames names) {
        return filters.getMinAllocatableResources().getQuantitiesList().stream()
                .map(quantities -> Quantities.of(quantities.getQuantitiesMap(), names))
                .toList();
    }

    @Override
    public String toString() {
        return key;
    }
}
