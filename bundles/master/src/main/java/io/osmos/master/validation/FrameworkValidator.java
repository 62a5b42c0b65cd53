package io.osmos.master.validation;

import io.osmos.api.resources.Roles;
import io.osmos.master.state.FrameworkRoles;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks a SUBSCRIBE's FrameworkInfo the way Mesos does before admitting the framework. */
public final class FrameworkValidator {
    private FrameworkValidator() {
    }

    /** Why the subscription is refused, or empty when it is acceptable. */
    @SuppressWarnings("deprecation") // the single 'role' is still what non-MULTI_ROLE frameworks send
    public static Optional<String> validate(Call.Subscribe subscribe) {
        FrameworkInfo info = subscribe.getFrameworkInfo();
        boolean multiRole = FrameworkRoles.multiRole(info);
        if (multiRole && info.hasRole()) {
            return Optional.of("'FrameworkInfo.role' must not be set when the framework is MULTI_ROLE capable");
        }
        if (!multiRole && info.getRolesCount() > 0) {
            return Optional.of("'FrameworkInfo.roles' must not be set when the framework is not MULTI_ROLE capable");
        }
        Set<String> seen = new HashSet<>();
        for (String role : multiRole ? info.getRolesList() : List.of(info.getRole())) {
            try {
                Roles.validate(role);
            } catch (IllegalArgumentException e) {
                return Optional.of("Invalid role '" + role + "': " + e.getMessage());
            }
            if (!seen.add(role)) {
                return Optional.of("'FrameworkInfo.roles' contains duplicate role '" + role + "'");
            }
        }
        for (String suppressed : subscribe.getSuppressedRolesList()) {
            if (!seen.contains(suppressed)) {
                return Optional.of("Suppressed role '" + suppressed + "' is not one of the framework's roles "
                        + seen);
            }
        }
        double failover = info.getFailoverTimeout();
        if (!(failover >= 0) || Double.isInfinite(failover)) {
            return Optional.of("'FrameworkInfo.failover_timeout' must be a non-negative number of seconds, got "
                    + failover);
        }
        return Optional.empty();
    }
}
