package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.List;

/**
 * What RESERVE, UNRESERVE, CREATE and DESTROY turn into what (Mesos's resource conversions), and the
 * agent's checkpointed resources (dynamic reservations and persistent volumes) laid over what it
 * was started with.
 */
final class Conversions {
    /** The operation takes {@code consumed} and gives back {@code converted} in its place. */
    record Conversion(Resources consumed, Resources converted) {
    }

    private Conversions() {
    }

    /** @throws IllegalArgumentException for an operation that converts nothing, naming its type */
    static Conversion of(Offer.Operation operation) {
        return switch (operation.getType()) {
            case RESERVE -> {
                Resources target = Resources.of(operation.getReserve().getResourcesList());
                yield new Conversion(target.popReservation(), target);
            }
            case UNRESERVE -> {
                Resources reserved = Resources.of(operation.getUnreserve().getResourcesList());
                yield new Conversion(reserved, reserved.popReservation());
            }
            case CREATE -> {
                Resources volumes = Resources.of(operation.getCreate().getVolumesList());
                yield new Conversion(withoutVolumes(operation.getCreate().getVolumesList()), volumes);
            }
            case DESTROY -> {
                Resources volumes = Resources.of(operation.getDestroy().getVolumesList());
                yield new Conversion(volumes, withoutVolumes(operation.getDestroy().getVolumesList()));
            }
            default -> throw new IllegalArgumentException("Operation " + operation.getType() + " converts no resources");
        };
    }

    /** @throws IllegalArgumentException as Mesos words it, when {@code from} lacks what is consumed */
    static Resources apply(Resources from, Conversion conversion) {
        if (!from.contains(conversion.consumed())) {
            throw new IllegalArgumentException(from + " does not contain " + conversion.consumed());
        }
        return from.minus(conversion.consumed()).plus(conversion.converted());
    }

    /** The dynamic reservations and persistent volumes in a total: what an agent checkpoints. */
    static Resources checkpointed(Resources total) {
        return total.filter(r -> dynamicallyReserved(r) || r.getDisk().hasPersistence());
    }

    /** Lays checkpointed resources over an agent's configured ones; those that do not fit are left out. */
    static Resources applyCheckpointed(Resources configured, Resources checkpointed) {
        Resources total = configured;
        for (Resource resource : checkpointed) {
            Resources stripped = stripped(resource);
            if (total.contains(stripped)) {
                total = total.minus(stripped).plus(resource);
            }
        }
        return total;
    }

    static boolean dynamicallyReserved(Resource resource) {
        int count = resource.getReservationsCount();
        return count > 0 && resource.getReservations(count - 1).getType() == ReservationInfo.Type.DYNAMIC;
    }

    // What a checkpointed resource was made from: no persistence, no dynamic reservation.
    private static Resources stripped(Resource resource) {
        Resource.Builder plain = resource.toBuilder();
        clearVolume(plain);
        while (plain.getReservationsCount() > 0 && plain.getReservations(plain.getReservationsCount() - 1)
                .getType() == ReservationInfo.Type.DYNAMIC) {
            plain.removeReservations(plain.getReservationsCount() - 1);
        }
        return Resources.of(plain.build());
    }

    private static Resources withoutVolumes(List<Resource> volumes) {
        Resources plain = Resources.EMPTY;
        for (Resource volume : volumes) {
            Resource.Builder disk = volume.toBuilder();
            clearVolume(disk);
            plain = plain.plus(disk.build());
        }
        return plain;
    }

    // A volume on a PATH or MOUNT disk keeps its source; one on the root disk loses the disk info.
    private static void clearVolume(Resource.Builder resource) {
        if (resource.getDisk().hasSource()) {
            resource.getDiskBuilder().clearPersistence().clearVolume();
        } else {
            resource.clearDisk();
        }
    }
}
