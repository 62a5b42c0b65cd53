package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The filters of {@link Resources}, which keep a subset of the entries, and the relabelling
 * operations (allocate, reserve, unreserve), which change what kind each resource is.
 */
abstract class ResourceViews extends ResourceQueries {
    ResourceViews(Entry[] entries) {
        super(entries);
    }

    /** Resources reserved to exactly {@code role} (the innermost reservation's role). */
    public Resources reserved(String role) {
        return select(entry -> role.equals(entry.key.role));
    }

    public Resources reserved() {
        return select(entry -> entry.key.role != null);
    }

    public Resources unreserved() {
        return select(entry -> entry.key.role == null);
    }

    /** Unreserved resources and those reserved to {@code role} or to one of its ancestors. */
    public Resources allocatableTo(String role) {
        return select(entry -> entry.key.role == null || entry.key.role.equals(role)
            || Roles.isStrictSubroleOf(role, entry.key.role));
    }

    public Resources revocable() {
        return select(entry -> entry.key.revocable);
    }

    public Resources nonRevocable() {
        return select(entry -> !entry.key.revocable);
    }

    public Resources shared() {
        return select(entry -> entry.key.shared);
    }

    public Resources nonShared() {
        return select(entry -> !entry.key.shared);
    }

    public Resources persistentVolumes() {
        return select(entry -> entry.key.isPersistentVolume());
    }

    public Resources scalars() {
        return select(entry -> entry.key.type == Protos.Value.Type.SCALAR);
    }

    /** Resources with this name, e.g. all {@code cpus} whatever their reservation. */
    public Resources named(String name) {
        return select(entry -> entry.key.name.equals(name));
    }

    /** Resources whose protobuf form passes {@code predicate}. */
    public Resources filter(Predicate<Protos.Resource> predicate) {
        return select(entry -> predicate.test(entry.toProto()));
    }

    /** Resources allocated to exactly {@code role}. */
    public Resources allocatedTo(String role) {
        return select(entry -> entry.key.allocation != null && role.equals(entry.key.allocation.getRole()));
    }

    final Resources select(Predicate<Entry> keep) {
        Entry[] kept = new Entry[entries.length];
        int count = 0;
        for (Entry entry : entries) {
            if (keep.test(entry)) {
                kept[count++] = entry;
            }
        }
        if (count == entries.length) {
            return (Resources) this;
        }
        return Resources.wrap(Arrays.copyOf(kept, count));
    }

    /** The same resources, all allocated to {@code role}. */
    public Resources allocate(String role) {
        Protos.Resource.AllocationInfo allocation = Protos.Resource.AllocationInfo.newBuilder().setRole(role).build();
        return rekey(key -> key.withAllocation(allocation));
    }

    /** The same resources with their allocation cleared (Mesos: unallocate). */
    public Resources unallocated() {
        return rekey(key -> key.withAllocation(null));
    }

    /** The same resources with every reservation removed (Mesos: toUnreserved). */
    public Resources toUnreserved() {
        return rekey(key -> key.role == null ? key : key.withReservations(List.of()));
    }

    /** Adds {@code reservation} on top of each resource's stack, as a RESERVE operation does. */
    public Resources pushReservation(ReservationInfo reservation) {
        List<Entry> pushed = new ArrayList<>();
        for (Entry entry : entries) {
            List<ReservationInfo> stack = new ArrayList<>(entry.key.reservations);
            stack.add(reservation);
            ReservationChecks.check(entry.key.name, stack);
            pushed.add(entry.withKey(entry.key.withReservations(stack)));
        }
        return merge(pushed);
    }

    /** Removes the innermost reservation of each resource, as UNRESERVE does; unreserved ones stay. */
    public Resources popReservation() {
        return rekey(key -> key.role == null ? key
            : key.withReservations(key.reservations.subList(0, key.reservations.size() - 1)));
    }

    private Resources rekey(UnaryOperator<ResourceKey> change) {
        List<Entry> changed = new ArrayList<>(entries.length);
        boolean same = true;
        for (Entry entry : entries) {
            Entry next = entry.withKey(change.apply(entry.key));
            same &= next == entry;
            changed.add(next);
        }
        return same ? (Resources) this : merge(changed);
    }

    // Changing keys can make entries of different kinds the same kind, so they are merged anew.
    private static Resources merge(List<Entry> changed) {
        EntryList list = new EntryList(new Entry[0], changed.size());
        changed.forEach(list::add);
        return Resources.wrap(list.toArray());
    }
}
