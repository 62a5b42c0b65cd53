package io.osmos.allocator.random;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Offer.Operation;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * What an offer operation does to an agent's resources, without allocation roles: {@code consumed}
 * disappears and {@code converted} takes its place (Mesos: ResourceConversion). Launches convert
 * nothing, so they yield no conversion.
 */
record Conversion(Resources consumed, Resources converted) {

    /** @throws IllegalArgumentException for operations the allocator cannot account for, naming the type */
    static List<Conversion> of(List<Operation> operations) {
        List<Conversion> conversions = new ArrayList<>();
        for (Operation operation : operations) {
            switch (operation.getType()) {
                case LAUNCH, LAUNCH_GROUP -> {
                    // tasks use what was allocated; the kind of resource does not change
                }
                case RESERVE -> conversions.add(reserve(operation.getReserve()));
                case UNRESERVE -> {
                    Resources consumed = Resources.of(operation.getUnreserve().getResourcesList()).unallocated();
                    conversions.add(new Conversion(consumed, consumed.popReservation()));
                }
                case CREATE -> {
                    Resources volumes = Resources.of(operation.getCreate().getVolumesList()).unallocated();
                    conversions.add(new Conversion(stripVolumes(volumes), volumes));
                }
                case DESTROY -> {
                    Resources volumes = Resources.of(operation.getDestroy().getVolumesList()).unallocated();
                    conversions.add(new Conversion(volumes, stripVolumes(volumes)));
                }
                default -> throw new IllegalArgumentException("The random allocator cannot apply a "
                        + operation.getType() + " operation: only RESERVE, UNRESERVE, CREATE and DESTROY"
                        + " change resources it accounts for");
            }
        }
        return conversions;
    }

    private static Conversion reserve(Operation.Reserve reserve) {
        Resources reserved = Resources.of(reserve.getResourcesList()).unallocated();
        // Without `source` the reservation is pushed onto the resources as offered (Mesos pre-1.10 form).
        Resources source = reserve.getSourceCount() > 0
                ? Resources.of(reserve.getSourceList()).unallocated()
                : reserved.popReservation();
        return new Conversion(source, reserved);
    }

    // A volume comes from the plain disk it was made of: same disk source, no persistence, not shared.
    private static Resources stripVolumes(Resources volumes) {
        List<Resource> plain = new ArrayList<>();
        for (Resource volume : volumes) {
            Resource.Builder builder = volume.toBuilder().clearShared();
            if (builder.hasDisk()) {
                builder.getDiskBuilder().clearPersistence().clearVolume();
                if (!builder.getDisk().hasSource()) {
                    builder.clearDisk();
                }
            }
            plain.add(builder.build());
        }
        return Resources.of(plain);
    }
}
