package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a protobuf resource into an entry, checking it by the rules of Mesos's
 * {@code Resources::validate} and moving the deprecated {@code role}/{@code reservation} fields
 * into the {@code reservations} stack (the "post-reservation-refinement" format).
 */
final class ProtoReader {
    private ProtoReader() {
    }

    /** The entry, or null when the resource is empty (zero, no ranges, no items). */
    static Entry read(Protos.Resource resource) {
        String name = resource.getName();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Invalid resource: empty name");
        }
        List<ReservationInfo> reservations = reservations(resource);
        if (resource.hasDisk() && !name.equals("disk")) {
            throw invalid(name, "disk info is only allowed on 'disk'");
        }
        if (resource.hasShared() && !(resource.hasDisk() && resource.getDisk().hasPersistence())) {
            throw invalid(name, "only persistent volumes can be shared");
        }
        ResourceKey key = ResourceKey.of(resource, reservations);
        return switch (resource.getType()) {
            case SCALAR -> scalar(key, resource);
            case RANGES -> ranges(key, resource);
            case SET -> set(key, resource);
            default -> throw invalid(name, "type " + resource.getType() + " is not supported for resources");
        };
    }

    private static Entry scalar(ResourceKey key, Protos.Resource resource) {
        if (!resource.hasScalar() || resource.hasRanges() || resource.hasSet()) {
            throw invalid(key.name, "a SCALAR resource needs a scalar value and nothing else");
        }
        double value = resource.getScalar().getValue();
        if (!(value >= 0)) {
            throw invalid(key.name, "scalar value " + value + " is negative or not a number");
        }
        if (value > Scalars.MAX) {
            throw invalid(key.name, "scalar value " + value + " is too large");
        }
        long millis = Scalars.toMillis(value);
        return millis == 0 ? null : new Entry(key, millis, null, null, 1);
    }

    private static Entry ranges(ResourceKey key, Protos.Resource resource) {
        if (resource.hasScalar() || !resource.hasRanges() || resource.hasSet()) {
            throw invalid(key.name, "a RANGES resource needs ranges and nothing else");
        }
        Ranges ranges;
        try {
            ranges = Ranges.fromProto(resource.getRanges());
        } catch (IllegalArgumentException e) {
            throw invalid(key.name, e.getMessage());
        }
        return ranges.isEmpty() ? null : new Entry(key, 0, ranges, null, 1);
    }

    private static Entry set(ResourceKey key, Protos.Resource resource) {
        if (resource.hasScalar() || resource.hasRanges() || !resource.hasSet()) {
            throw invalid(key.name, "a SET resource needs a set and nothing else");
        }
        String[] items = resource.getSet().getItemList().toArray(new String[0]);
        Arrays.sort(items);
        for (int i = 1; i < items.length; i++) {
            if (items[i].equals(items[i - 1])) {
                throw invalid(key.name, "set item '" + items[i] + "' appears twice");
            }
        }
        return items.length == 0 ? null : new Entry(key, 0, null, items, 1);
    }

    // The deprecated fields are read on purpose: older frameworks and agents still send them.
    @SuppressWarnings("deprecation")
    private static List<ReservationInfo> reservations(Protos.Resource resource) {
        if (resource.getReservationsCount() > 0) {
            ReservationChecks.check(resource.getName(), resource.getReservationsList());
            return resource.getReservationsList();
        }
        String role = resource.getRole();
        if (Roles.ANY.equals(role)) {
            if (resource.hasReservation()) {
                throw invalid(resource.getName(), "role \"*\" cannot be dynamically reserved");
            }
            return List.of();
        }
        ReservationChecks.role(resource.getName(), role);
        ReservationInfo.Builder reservation = resource.hasReservation()
            ? resource.getReservation().toBuilder().setType(ReservationInfo.Type.DYNAMIC)
            : ReservationInfo.newBuilder().setType(ReservationInfo.Type.STATIC);
        return List.of(reservation.setRole(role).build());
    }

    static IllegalArgumentException invalid(String name, String reason) {
        return new IllegalArgumentException("Invalid resource '" + name + "': " + reason);
    }
}
