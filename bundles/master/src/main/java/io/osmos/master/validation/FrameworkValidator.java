package io.osmos.master.validation;

import io.osmos.api.resources.Roles;
import io.osmos.master.state.FrameworkRoles;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.OfferFilters;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.protocol.v1.scheduler.Protos.OfferConstraints;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a FrameworkInfo the way Mesos does before admitting or updating a framework: roles (the
 * right field for MULTI_ROLE or not, no duplicates, valid names), the id, offer filters and the
 * failover timeout; an update may not change principal, user or checkpointing; suppressed roles
 * and offer constraints must name the framework's roles. Messages are Mesos's.
 */
public final class FrameworkValidator {
    // Beyond this many seconds a failover timeout no longer fits Mesos's Duration (int64 nanoseconds).
    private static final double MAX_SECONDS = Long.MAX_VALUE / 1e9;

    private FrameworkValidator() {
    }

    /** Why the subscription is refused, or empty when it is acceptable. */
    public static Optional<String> validate(Call.Subscribe subscribe) {
        FrameworkInfo info = subscribe.getFrameworkInfo();
        return validate(info).or(() -> options(info, subscribe.getSuppressedRolesList(),
                subscribe.getOfferConstraints()));
    }

    /** Mesos's validation::framework::validate. */
    @SuppressWarnings("deprecation") // the single 'role' is still what non-MULTI_ROLE frameworks send
    public static Optional<String> validate(FrameworkInfo info) {
        boolean multiRole = FrameworkRoles.multiRole(info);
        if (multiRole && info.hasRole()) {
            return Optional.of("'FrameworkInfo.role' must not be set when the framework is MULTI_ROLE capable");
        }
        if (!multiRole && info.getRolesCount() > 0) {
            return Optional.of("'FrameworkInfo.roles' must not be set when the framework is not MULTI_ROLE capable");
        }
        Optional<String> roles = multiRole ? roles(info.getRolesList()) : role(info.getRole());
        if (roles.isPresent()) {
            return roles;
        }
        if (info.hasId() && !info.getId().getValue().isEmpty()) {
            Optional<String> id = Ids.validate(info.getId().getValue());
            if (id.isPresent()) {
                return id;
            }
        }
        for (Map.Entry<String, OfferFilters> filters : info.getOfferFiltersMap().entrySet()) {
            Optional<String> invalid = offerFilters(filters.getValue());
            if (invalid.isPresent()) {
                return invalid;
            }
        }
        double failover = info.getFailoverTimeout();
        if (Double.isNaN(failover) || Math.abs(failover) > MAX_SECONDS) {
            return Optional.of("The framework failover_timeout (" + failover + ") is invalid");
        }
        return Optional.empty();
    }

    /** Mesos's validateUpdate: what a framework may not change about itself. */
    public static Optional<String> validateUpdate(FrameworkInfo old, FrameworkInfo next) {
        if (old.hasPrincipal() != next.hasPrincipal() || !old.getPrincipal().equals(next.getPrincipal())) {
            return Optional.of("Changing framework's principal is not allowed.");
        }
        if (!next.getUser().equals(old.getUser())) {
            return Optional.of("Updating 'FrameworkInfo.user' is unsupported; attempted to update from '"
                    + old.getUser() + "' to '" + next.getUser() + "'");
        }
        if (next.getCheckpoint() != old.getCheckpoint()) {
            return Optional.of("Updating 'FrameworkInfo.checkpoint' is unsupported; attempted to update from '"
                    + old.getCheckpoint() + "' to '" + next.getCheckpoint() + "'");
        }
        return Optional.empty();
    }

    /** Suppressed roles and offer constraints must be about roles the framework has. */
    public static Optional<String> options(FrameworkInfo info, List<String> suppressed, OfferConstraints constraints) {
        Set<String> roles = FrameworkRoles.of(info);
        Set<String> invalid = new TreeSet<>(suppressed);
        invalid.removeAll(roles);
        if (!invalid.isEmpty()) {
            return Optional.of("Suppressed roles " + set(invalid) + " are not contained in the set of roles");
        }
        for (String role : constraints.getRoleConstraintsMap().keySet()) {
            if (!roles.contains(role)) {
                return Optional.of("Offer constraints specify `role_constraints` for a role '" + role
                        + "'not contained in the set of roles");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> roles(List<String> roles) {
        Set<String> seen = new TreeSet<>();
        Set<String> duplicates = new TreeSet<>();
        for (String role : roles) {
            if (!seen.add(role)) {
                duplicates.add(role);
            }
        }
        if (!duplicates.isEmpty()) {
            return Optional.of("'FrameworkInfo.roles' contains duplicate items: " + set(duplicates));
        }
        for (String role : roles) {
            try {
                Roles.validate(role);
            } catch (IllegalArgumentException e) {
                return Optional.of("'FrameworkInfo.roles' contains invalid role: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> role(String role) {
        try {
            Roles.validate(role);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("'FrameworkInfo.role' is not a valid role: " + e.getMessage());
        }
    }

    private static Optional<String> offerFilters(OfferFilters filters) {
        for (OfferFilters.ResourceQuantities quantities : filters.getMinAllocatableResources().getQuantitiesList()) {
            if (quantities.getQuantitiesCount() == 0) {
                return Optional.of("Resource quantities must contain at least one quantity");
            }
            for (Map.Entry<String, Value.Scalar> quantity : quantities.getQuantitiesMap().entrySet()) {
                Optional<String> invalid = Scalars.validate(quantity.getValue().getValue());
                if (invalid.isPresent()) {
                    return Optional.of("Invalid resource quantity for '" + quantity.getKey() + "': " + invalid.get());
                }
            }
        }
        return Optional.empty();
    }

    // Mesos prints sets as "{ a, b }".
    static String set(Set<String> items) {
        return "{ " + String.join(", ", items) + " }";
    }
}
