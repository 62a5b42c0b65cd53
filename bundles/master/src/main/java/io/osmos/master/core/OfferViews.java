package io.osmos.master.core;

import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.FrameworkRoles;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.Resource;

/**
 * An offer as a given framework sees it, as Mesos adapts it for old schedulers: without
 * allocation_info for frameworks that are not MULTI_ROLE (they compare resources whole), and with
 * reservations in the pre-refinement form (the deprecated {@code role} and {@code reservation}
 * fields, "*" when unreserved) for frameworks without RESERVATION_REFINEMENT.
 */
final class OfferViews {
    private OfferViews() {
    }

    static Offer forFramework(Offer offer, FrameworkEntry framework) {
        boolean multiRole = FrameworkRoles.multiRole(framework.info());
        boolean refinement = framework.hasCapability(Capability.Type.RESERVATION_REFINEMENT);
        if (multiRole && refinement) {
            return offer;
        }
        Offer.Builder seen = offer.toBuilder();
        if (!multiRole) {
            seen.clearAllocationInfo();
        }
        seen.clearResources();
        for (Resource resource : offer.getResourcesList()) {
            Resource.Builder adapted = resource.toBuilder();
            if (!multiRole) {
                adapted.clearAllocationInfo();
            }
            if (!refinement) {
                preRefinement(adapted);
            }
            seen.addResources(adapted);
        }
        return seen.build();
    }

    @SuppressWarnings("deprecation") // the deprecated fields are exactly what old schedulers read
    private static void preRefinement(Resource.Builder resource) {
        switch (resource.getReservationsCount()) {
            case 0 -> resource.setRole("*");
            case 1 -> {
                Resource.ReservationInfo only = resource.getReservations(0);
                if (only.getType() == Resource.ReservationInfo.Type.DYNAMIC) {
                    Resource.ReservationInfo.Builder reservation = Resource.ReservationInfo.newBuilder();
                    if (only.hasPrincipal()) {
                        reservation.setPrincipal(only.getPrincipal());
                    }
                    if (only.hasLabels()) {
                        reservation.setLabels(only.getLabels());
                    }
                    resource.setReservation(reservation);
                }
                resource.setRole(only.getRole()).clearReservations();
            }
            default -> {
                // refined reservations have no pre-refinement form; such frameworks are not offered them
            }
        }
    }
}
