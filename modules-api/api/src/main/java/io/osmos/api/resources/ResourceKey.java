package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos;
import io.osmos.protocol.v1.Protos.Resource.DiskInfo;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.List;
import java.util.Objects;

/**
 * Everything about a resource except its amount: two resources with equal keys are the same kind
 * of thing (Mesos calls them addable) and merge into one entry. Built once per distinct resource
 * and shared between the results of arithmetic, so comparing keys is usually an identity check.
 */
final class ResourceKey {
    final String name;
    final Protos.Value.Type type;
    final List<ReservationInfo> reservations;
    /** Null when the resource is not allocated. */
    final Protos.Resource.AllocationInfo allocation;
    /** Null without disk info; as given, including the volume, for output. */
    final DiskInfo disk;
    final boolean revocable;
    final boolean shared;
    /** Null without a resource provider. */
    final Protos.ResourceProviderID provider;
    /** Mount and block disks, identified raw disks and persistent volumes never merge. */
    final boolean exclusive;
    /** Role of the innermost reservation; null when unreserved. */
    final String role;
    // Mesos compares a disk by its source and persistence id only: the volume says how a task
    // uses the disk, not what the disk is.
    private final DiskInfo diskIdentity;
    private final int hash;

    ResourceKey(String name, Protos.Value.Type type, List<ReservationInfo> reservations,
                Protos.Resource.AllocationInfo allocation, DiskInfo disk, boolean revocable,
                boolean shared, Protos.ResourceProviderID provider) {
        this.name = name;
        this.type = type;
        this.reservations = List.copyOf(reservations);
        this.allocation = allocation;
        this.disk = disk;
        this.revocable = revocable;
        this.shared = shared;
        this.provider = provider;
        this.diskIdentity = disk == null ? null : identity(disk);
        this.exclusive = !shared && disk != null && isExclusive(disk);
        this.role = reservations.isEmpty() ? null : reservations.get(reservations.size() - 1).getRole();
        this.hash = Objects.hash(name, type.getNumber(), this.reservations, allocation, diskIdentity, revocable,
            shared, provider);
    }

    static ResourceKey of(Protos.Resource resource, List<ReservationInfo> reservations) {
        return new ResourceKey(resource.getName(), resource.getType(), reservations,
            resource.hasAllocationInfo() ? resource.getAllocationInfo() : null,
            resource.hasDisk() ? resource.getDisk() : null,
            resource.hasRevocable(), resource.hasShared(),
            resource.hasProviderId() ? resource.getProviderId() : null);
    }

    ResourceKey withAllocation(Protos.Resource.AllocationInfo newAllocation) {
        if (Objects.equals(allocation, newAllocation)) {
            return this;
        }
        return new ResourceKey(name, type, reservations, newAllocation, disk, revocable, shared, provider);
    }

    ResourceKey withReservations(List<ReservationInfo> newReservations) {
        return new ResourceKey(name, type, newReservations, allocation, disk, revocable, shared, provider);
    }

    boolean isPersistentVolume() {
        return disk != null && disk.hasPersistence();
    }

    void writeTo(Protos.Resource.Builder builder) {
        builder.setName(name).setType(type).addAllReservations(reservations);
        if (allocation != null) {
            builder.setAllocationInfo(allocation);
        }
        if (disk != null) {
            builder.setDisk(disk);
        }
        if (revocable) {
            builder.setRevocable(Protos.Resource.RevocableInfo.getDefaultInstance());
        }
        if (shared) {
            builder.setShared(Protos.Resource.SharedInfo.getDefaultInstance());
        }
        if (provider != null) {
            builder.setProviderId(provider);
        }
    }

    private static DiskInfo identity(DiskInfo disk) {
        DiskInfo.Builder builder = disk.toBuilder().clearVolume();
        if (disk.hasPersistence()) {
            builder.getPersistenceBuilder().clearPrincipal();
        }
        return builder.build();
    }

    private static boolean isExclusive(DiskInfo disk) {
        if (disk.hasPersistence()) {
            return true;
        }
        if (!disk.hasSource()) {
            return false;
        }
        return switch (disk.getSource().getType()) {
            case MOUNT, BLOCK -> true;
            case RAW -> disk.getSource().hasId();
            default -> false;
        };
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof ResourceKey that && hash == that.hash && name.equals(that.name)
            && type == that.type && revocable == that.revocable && shared == that.shared
            && reservations.equals(that.reservations) && Objects.equals(allocation, that.allocation)
            && Objects.equals(diskIdentity, that.diskIdentity) && Objects.equals(provider, that.provider);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
