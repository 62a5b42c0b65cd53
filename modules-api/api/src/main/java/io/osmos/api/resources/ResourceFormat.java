package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos;
import io.osmos.protocol.v1.Protos.Resource.DiskInfo;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;

/**
 * The text Mesos prints for resources, e.g.
 * {@code cpus(allocated: web)(reservations: [(DYNAMIC,web,ops)]){REV}:2; ports:[31000-32000]}.
 * {@link ResourcesParser} reads all of it back except disk info and shared volumes.
 */
final class ResourceFormat {
    private ResourceFormat() {
    }

    static String format(Entry[] entries) {
        if (entries.length == 0) {
            return "{}";
        }
        StringBuilder out = new StringBuilder(entries.length * 24);
        for (int i = 0; i < entries.length; i++) {
            if (i > 0) {
                out.append("; ");
            }
            append(out, entries[i]);
        }
        return out.toString();
    }

    static void append(StringBuilder out, Entry entry) {
        ResourceKey key = entry.key;
        out.append(key.name);
        if (key.allocation != null) {
            out.append("(allocated: ").append(key.allocation.getRole()).append(')');
        }
        if (!key.reservations.isEmpty()) {
            out.append("(reservations: [");
            for (int i = 0; i < key.reservations.size(); i++) {
                out.append(i > 0 ? ", (" : "(");
                reservation(out, key.reservations.get(i));
                out.append(')');
            }
            out.append("])");
        }
        if (key.disk != null) {
            disk(out.append('['), key.disk).append(']');
        }
        if (key.revocable) {
            out.append("{REV}");
        }
        if (key.shared) {
            out.append("<SHARED>");
        }
        out.append(':');
        switch (key.type) {
            case SCALAR -> out.append(Scalars.format(entry.millis));
            case RANGES -> out.append(entry.ranges);
            default -> out.append('{').append(String.join(", ", entry.items)).append('}');
        }
        if (key.shared) {
            out.append('<').append(entry.shares).append('>');
        }
    }

    private static void reservation(StringBuilder out, ReservationInfo reservation) {
        out.append(reservation.getType()).append(',').append(reservation.getRole());
        if (reservation.hasPrincipal()) {
            out.append(',').append(reservation.getPrincipal());
        }
        if (reservation.hasLabels()) {
            out.append(",{");
            for (int i = 0; i < reservation.getLabels().getLabelsCount(); i++) {
                Protos.Label label = reservation.getLabels().getLabels(i);
                out.append(i > 0 ? ", " : "").append(label.getKey());
                if (label.hasValue()) {
                    out.append(": ").append(label.getValue());
                }
            }
            out.append('}');
        }
    }

    private static StringBuilder disk(StringBuilder out, DiskInfo disk) {
        if (disk.hasSource()) {
            DiskInfo.Source source = disk.getSource();
            out.append(source.getType());
            if (source.hasId() || source.hasProfile()) {
                out.append('(').append(source.getVendor()).append(',').append(source.getId())
                    .append(',').append(source.getProfile()).append(')');
            } else if (source.hasMount() && source.getMount().hasRoot()) {
                out.append(':').append(source.getMount().getRoot());
            } else if (source.hasPath() && source.getPath().hasRoot()) {
                out.append(':').append(source.getPath().getRoot());
            }
        }
        if (disk.hasPersistence()) {
            out.append(disk.hasSource() ? "," : "").append(disk.getPersistence().getId());
        }
        if (disk.hasVolume()) {
            out.append(':').append(disk.getVolume().getContainerPath());
        }
        return out;
    }
}
