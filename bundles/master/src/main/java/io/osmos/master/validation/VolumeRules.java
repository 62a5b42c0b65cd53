package io.osmos.master.validation;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Volume;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Rules about persistent volumes and allocation roles shared by the operation checks. */
final class VolumeRules {
    private VolumeRules() {
    }

    static Optional<String> persistentVolumes(List<Resource> volumes) {
        for (Resource volume : volumes) {
            if (!volume.hasDisk()) {
                return Optional.of("Resource " + Resources.of(volume) + " does not have DiskInfo");
            } else if (!volume.getDisk().hasPersistence()) {
                return Optional.of("'persistence' is not set in DiskInfo");
            } else if (!volume.getDisk().hasVolume()) {
                return Optional.of("Expecting 'volume' to be set for persistent volume");
            } else if (volume.getDisk().getVolume().getMode() == Volume.Mode.RO) {
                return Optional.of("Read-only persistent volume not supported");
            }
        }
        return Optional.empty();
    }

    static List<Resource> concat(List<Resource> first, List<Resource> second) {
        List<Resource> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    // Listed one by one: two volumes with one id must not be merged before they are counted.
    static Optional<String> uniquePersistenceIds(List<Resource> resources) {
        Map<String, Set<String>> byRole = new HashMap<>();
        for (Resource volume : resources) {
            if (!volume.getDisk().hasPersistence()) {
                continue;
            }
            String role = volume.getReservationsCount() == 0 ? "*"
                    : volume.getReservations(volume.getReservationsCount() - 1).getRole();
            String id = volume.getDisk().getPersistence().getId();
            if (!byRole.computeIfAbsent(role, r -> new HashSet<>()).add(id)) {
                return Optional.of("Persistence ID '" + id + "' is not unique");
            }
        }
        return Optional.empty();
    }

    static Optional<String> singleRole(List<Resource> resources, String what) {
        String role = null;
        for (Resource resource : resources) {
            if (!resource.getAllocationInfo().hasRole()) {
                return Optional.of("Invalid " + what + " resources: The resources are not allocated to a role");
            }
            String next = resource.getAllocationInfo().getRole();
            if (role != null && !role.equals(next)) {
                return Optional.of("Invalid " + what + " resources: The resources have multiple allocation roles ('"
                        + next + "' and '" + role + "') but only one allocation role is allowed");
            }
            role = next;
        }
        return Optional.empty();
    }
}
