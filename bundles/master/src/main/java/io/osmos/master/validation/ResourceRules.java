package io.osmos.master.validation;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.List;
import java.util.Optional;

/**
 * Mesos's resource::validate: the resources parse, gpus are whole, disk infos make sense (a
 * persistent volume is reserved, not revocable, has a volume and a valid id), and dynamic
 * reservations are not made of revocable resources. Messages are Mesos's.
 */
public final class ResourceRules {
    private ResourceRules() {
    }

    /** Why the resources are invalid, or empty. */
    public static Optional<String> validate(List<Resource> resources) {
        Resources parsed;
        try {
            parsed = Resources.of(resources);
        } catch (IllegalArgumentException e) {
            return Optional.of("Invalid resources: " + e.getMessage());
        }
        double gpus = parsed.gpus();
        if (Math.round(gpus * 1000) % 1000 != 0) {
            return Optional.of("Invalid 'gpus' resource: The 'gpus' resource must be an unsigned integer");
        }
        for (Resource resource : parsed) {
            Optional<String> disk = disk(resource);
            if (disk.isPresent()) {
                return Optional.of("Invalid DiskInfo: " + disk.get());
            }
            if (dynamicallyReserved(resource) && resource.hasRevocable()) {
                return Optional.of("Invalid ReservationInfo: Dynamically reserved resource " + Resources.of(resource)
                        + " cannot be created from revocable resources");
            }
        }
        return Optional.empty();
    }

    public static boolean dynamicallyReserved(Resource resource) {
        int count = resource.getReservationsCount();
        return count > 0 && resource.getReservations(count - 1).getType() == ReservationInfo.Type.DYNAMIC;
    }

    private static Optional<String> disk(Resource resource) {
        if (!resource.hasDisk()) {
            return Optional.empty();
        }
        Resource.DiskInfo disk = resource.getDisk();
        if (disk.hasPersistence()) {
            if (resource.hasRevocable()) {
                return Optional.of("Persistent volumes cannot be created from revocable resources");
            }
            if (resource.getReservationsCount() == 0) {
                return Optional.of("Persistent volumes cannot be created from unreserved resources");
            }
            if (!disk.hasVolume()) {
                return Optional.of("Expecting 'volume' to be set for persistent volume");
            }
            if (disk.getVolume().hasHostPath()) {
                return Optional.of("Expecting 'host_path' to be unset for persistent volume");
            }
            return Ids.validate(disk.getPersistence().getId())
                    .map(error -> "Invalid persistence ID for persistent volume: " + error);
        }
        if (disk.hasVolume()) {
            return Optional.of("Non-persistent volume not supported");
        }
        if (!disk.hasSource()) {
            return Optional.of("DiskInfo is set but empty");
        }
        return Optional.empty();
    }
}
