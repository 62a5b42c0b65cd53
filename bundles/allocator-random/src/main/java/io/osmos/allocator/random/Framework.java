package io.osmos.allocator.random;

import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the allocator knows of one framework. Touched only on the allocator's actor. */
final class Framework {
    final FrameworkID id;
    final OfferFilters filters = new OfferFilters();
    private final Set<String> suppressedRoles = new HashSet<>();
    private FrameworkInfo info;
    private List<String> roles;
    boolean active;

    Framework(FrameworkID id, FrameworkInfo info, boolean active, Set<String> suppressedRoles) {
        this.id = id;
        this.active = active;
        update(info, suppressedRoles);
    }

    /** Replaces the info and the suppressed roles; filters of roles the framework left are dropped. */
    void update(FrameworkInfo info, Set<String> suppressed) {
        this.info = info;
        this.roles = rolesOf(info);
        suppressedRoles.clear();
        suppressedRoles.addAll(suppressed);
        suppressedRoles.retainAll(roles);
        filters.retainRoles(roles);
    }

    List<String> roles() {
        return roles;
    }

    /** The roles that may be offered to now: the framework's roles that are not suppressed. */
    List<String> offerableRoles() {
        return roles.stream().filter(role -> !suppressedRoles.contains(role)).toList();
    }

    boolean capable(Capability.Type type) {
        return info.getCapabilitiesList().stream().anyMatch(capability -> capability.getType() == type);
    }

    FrameworkInfo info() {
        return info;
    }

    /** An empty set means all the framework's roles, as SUPPRESS and REVIVE without roles do. */
    Set<String> resolve(Set<String> requested) {
        return requested.isEmpty() ? new LinkedHashSet<>(roles) : requested;
    }

    void suppress(Set<String> requested) {
        for (String role : resolve(requested)) {
            if (roles.contains(role)) {
                suppressedRoles.add(role);
            }
        }
    }

    void revive(Set<String> requested) {
        Set<String> revived = resolve(requested);
        suppressedRoles.removeAll(revived);
        filters.clear(revived);
    }

    // Without MULTI_ROLE Mesos reads the single, deprecated `role` field, whose default is "*".
    private static List<String> rolesOf(FrameworkInfo info) {
        boolean multiRole = info.getCapabilitiesList().stream()
                .anyMatch(capability -> capability.getType() == Capability.Type.MULTI_ROLE);
        return multiRole ? List.copyOf(new LinkedHashSet<>(info.getRolesList())) : List.of(info.getRole());
    }
}
