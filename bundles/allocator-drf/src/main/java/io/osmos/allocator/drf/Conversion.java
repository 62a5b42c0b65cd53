package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Offer.Operation;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * One offer operation's effect on an agent's resources, without allocation roles: {@code consumed}
 * goes and {@code converted} takes its place (Mesos: ResourceConversion). Launches change nothing.
 */
record Conversion(Resources consumed, Resources converted) {

    /** @throws IllegalArgumentException for an operation that does not change resources this way */
    static List<Conversion> of(List<Operation> operations) {
        List<Conversion> conversions = new ArrayList<>();
        for (Operation operation : operations) {
            switch (operation.getType()) {
                case LAUNCH, LAUNCH_GROUP -> {
                    // tasks use what was offered; no resource changes its kind
                }
                case RESERVE -> {
                    Resources reserved = plain(operation.getReserve().getResourcesList());
                    // Without `source`, the new reservation sits on top of the resources as offered.
                    Resources source = operation.getReserve().getSourceCount() > 0
                            ? plain(operation.getReserve().getSourceList())
                            : reserved.popReservation();
                    conversions.add(new Conversion(source, reserved));
                }
                case UNRESERVE -> {
                    Resources reserved = plain(operation.getUnreserve().getResourcesList());
                    conversions.add(new Conversion(reserved, reserved.popReservation()));
                }
                case CREATE -> {
                    Resources volumes = plain(operation.getCreate().getVolumesList());
                    conversions.add(new Conversion(withoutVolumes(volumes), volumes));
                }
                case DESTROY -> {
                    Resources volumes = plain(operation.getDestroy().getVolumesList());
                    conversions.add(new Conversion(volumes, withoutVolumes(volumes)));
                }
                default -> throw new IllegalArgumentException("The hierarchical allocator cannot apply a "
                        + operation.getType() + " operation: only RESERVE, UNRESERVE, CREATE and DESTROY"
                        + " change the kind of resources it accounts for");
            }
        }
        return conversions;
    }

    private static Resources plain(List<Resource> resources) {
        return Resources.of(resources).unallocated();
    }

    // A volume is made of the plain disk below it: the same source, not persistent, not shared.
    private static Resources withoutVolumes(Resources volumes) {
        List<Resource> disks = new ArrayList<>();
        for (Resource volume : volumes) {
            Resource.Builder disk = volume.toBuilder().clearShared();
            if (disk.hasDisk()) {
                disk.getDiskBuilder().clearPersistence().clearVolume();
                if (!disk.getDisk().hasSource()) {
                    disk.clearDisk();
                }
            }
            disks.add(disk.build());
        }
        return Resources.of(disks);
    }
}
