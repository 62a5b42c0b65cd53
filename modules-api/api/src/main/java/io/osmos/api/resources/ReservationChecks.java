package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.List;

/** The Mesos rules for a stack of reservations: each refines the one before it. */
final class ReservationChecks {
    private ReservationChecks() {
    }

    static void check(String name, List<ReservationInfo> reservations) {
        String ancestor = null;
        for (ReservationInfo reservation : reservations) {
            if (!reservation.hasType() || reservation.getType() == ReservationInfo.Type.UNKNOWN) {
                throw ProtoReader.invalid(name, "a reservation needs a type, STATIC or DYNAMIC");
            }
            if (!reservation.hasRole()) {
                throw ProtoReader.invalid(name, "a reservation needs a role");
            }
            String role = reservation.getRole();
            role(name, role);
            if (ancestor != null) {
                if (reservation.getType() == ReservationInfo.Type.STATIC) {
                    throw ProtoReader.invalid(name, "a refined reservation (for '" + role + "') cannot be STATIC");
                }
                if (!Roles.isStrictSubroleOf(role, ancestor)) {
                    throw ProtoReader.invalid(name,
                        "role '" + role + "' is not a refinement of '" + ancestor + "'");
                }
            }
            ancestor = role;
        }
    }

    /** A role a resource is reserved for: valid and not "*". */
    static void role(String name, String role) {
        if (Roles.ANY.equals(role)) {
            throw ProtoReader.invalid(name, "role \"*\" cannot be reserved");
        }
        try {
            Roles.validate(role);
        } catch (IllegalArgumentException e) {
            throw ProtoReader.invalid(name, e.getMessage());
        }
    }
}
