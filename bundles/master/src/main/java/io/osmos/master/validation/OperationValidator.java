package io.osmos.master.validation;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.FrameworkRoles;
import io.osmos.protocol.v1.Protos.AgentInfo.Capability.Type;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mesos's checks of RESERVE, UNRESERVE, CREATE and DESTROY, for a framework's offer operations and
 * an operator's calls alike; each refusal is Mesos's message. Whether the resources are there to
 * convert is checked when the operation is applied.
 */
public final class OperationValidator {
    private OperationValidator() {
    }

    /** Why the operation may not be applied, or empty. */
    public static Optional<String> validate(Offer.Operation operation, OperationContext context) {
        return switch (operation.getType()) {
            case RESERVE -> reserve(operation.getReserve(), context);
            case UNRESERVE -> unreserve(operation.getUnreserve().getResourcesList());
            case CREATE -> create(operation.getCreate().getVolumesList(), context);
            case DESTROY -> destroy(operation.getDestroy().getVolumesList(), context);
            default -> Optional.of("Operation " + operation.getType() + " is not supported by this master");
        };
    }

    private static Optional<String> reserve(Offer.Operation.Reserve reserve, OperationContext context) {
        Optional<String> error = ResourceRules.validate(reserve.getResourcesList()).map(e -> "Invalid resources: " + e);
        if (error.isEmpty() && reserve.getSourceCount() > 0) {
            error = Optional.of("Reservation updates are not yet implemented for the scheduler API.");
        }
        if (error.isPresent()) {
            return error;
        }
        Set<String> roles = context.framework().map(FrameworkRoles::of).orElse(null);
        for (Resource resource : Resources.of(reserve.getResourcesList())) {
            String text = Resources.of(resource).toString();
            if (!ResourceRules.dynamicallyReserved(resource)) {
                return Optional.of("Resource " + text + " is not dynamically reserved");
            }
            String role = resource.getReservations(resource.getReservationsCount() - 1).getRole();
            if (!context.agentCan(Type.HIERARCHICAL_ROLE) && role.contains("/")) {
                return Optional.of("Resource " + text + " with reservation for hierarchical role '" + role
                        + "' cannot be reserved on an agent without HIERARCHICAL_ROLE capability");
            }
            if (!context.agentCan(Type.RESERVATION_REFINEMENT) && resource.getReservationsCount() > 1) {
                return Optional.of("Resource " + text + " with reservation refinement cannot be reserved on an agent"
                        + " without RESERVATION_REFINEMENT capability");
            }
            Optional<String> allocation = roles == null ? operatorAllocation(resource) : allocation(resource, role, roles);
            if (allocation.isPresent()) {
                return allocation;
            }
        }
        return roles == null ? Optional.empty() : VolumeRules.singleRole(reserve.getResourcesList(), "reservation");
    }

    private static Optional<String> allocation(Resource resource, String role, Set<String> roles) {
        String text = Resources.of(resource).toString();
        if (!resource.getAllocationInfo().hasRole()) {
            return Optional.of("A reserve operation was attempted on unallocated resource " + text
                    + ", but frameworks can only perform reservations on allocated resources");
        }
        String allocated = resource.getAllocationInfo().getRole();
        if (!allocated.equals(role)) {
            return Optional.of("A reserve operation was attempted for a resource with role '" + role + "', but the"
                    + " resource was allocated to role '" + allocated + "'");
        }
        if (!roles.contains(allocated)) {
            return Optional.of("A reserve operation was attempted for a resource allocated to role '" + allocated
                    + "', but the framework only has roles '" + roles + "'");
        }
        return Optional.empty();
    }

    private static Optional<String> operatorAllocation(Resource resource) {
        return resource.hasAllocationInfo() ? Optional.of("A reserve operation was attempted with an allocated"
                + " resource, but the operator API only allows reservations to be made to unallocated resources")
                : Optional.empty();
    }

    private static Optional<String> unreserve(List<Resource> resources) {
        Optional<String> error = ResourceRules.validate(resources).map(e -> "Invalid resources: " + e);
        if (error.isPresent()) {
            return error;
        }
        for (Resource resource : Resources.of(resources)) {
            if (!ResourceRules.dynamicallyReserved(resource)) {
                return Optional.of("Resource " + Resources.of(resource) + " is not dynamically reserved");
            }
            if (resource.getDisk().hasPersistence()) {
                return Optional.of("A dynamically reserved persistent volume " + Resources.of(resource) + " cannot be"
                        + " unreserved directly. Please destroy the persistent volume first then unreserve the"
                        + " resource");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> create(List<Resource> volumes, OperationContext context) {
        Optional<String> error = ResourceRules.validate(volumes).map(e -> "Invalid resources: " + e)
                .or(() -> VolumeRules.persistentVolumes(volumes).map(e -> "Not a persistent volume: " + e))
                .or(() -> VolumeRules.uniquePersistenceIds(VolumeRules.concat(context.checkpointed().toProtos(), volumes)));
        if (error.isPresent()) {
            return error;
        }
        for (Resource volume : volumes) {
            if (context.framework().isPresent() && volume.hasShared() && context.framework().get()
                    .getCapabilitiesList().stream().noneMatch(c -> c.getType() == Capability.Type.SHARED_RESOURCES)) {
                return Optional.of("Create volume operation for '" + Resources.of(volume) + "' has been attempted"
                        + " by framework '" + context.framework().get().getId().getValue()
                        + "' with no SHARED_RESOURCES capability");
            }
        }
        return context.framework().isPresent() ? VolumeRules.singleRole(volumes, "volume") : Optional.empty();
    }

    private static Optional<String> destroy(List<Resource> volumes, OperationContext context) {
        Resources unallocated;
        Optional<String> error = ResourceRules.validate(volumes).map(e -> "Invalid resources: " + e)
                .or(() -> VolumeRules.persistentVolumes(volumes).map(e -> "Not a persistent volume: " + e));
        if (error.isPresent()) {
            return error;
        }
        unallocated = Resources.of(volumes).unallocated();
        for (Resource volume : unallocated) {
            if (!context.checkpointed().contains(volume)) {
                return Optional.of("Persistent volumes not found");
            }
            if (context.used().unallocated().contains(volume)) {
                return Optional.of("Persistent volumes in use");
            }
        }
        return Optional.empty();
    }
}
