package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read side of {@link Resources}: amounts by name and the protobuf form. Split from the
 * arithmetic only to keep each class small; {@code Resources} is the one public type.
 */
abstract class ResourceQueries implements Iterable<Protos.Resource> {
    /** Never two mergeable entries; never mutated after construction. */
    final Entry[] entries;
    // Volatile: built lazily by whichever thread asks first, then read by all.
    private volatile List<Protos.Resource> protos;

    ResourceQueries(Entry[] entries) {
        this.entries = entries;
    }

    public boolean isEmpty() {
        return entries.length == 0;
    }

    /** The number of distinct (unmergeable) resources held. */
    public int size() {
        return entries.length;
    }

    /** Sum of the scalar resources with this name; 0 if there are none. */
    public double scalar(String name) {
        return Scalars.toDouble(Totals.millis(entries, name));
    }

    public double cpus() {
        return scalar("cpus");
    }

    /** Memory in megabytes. */
    public double mem() {
        return scalar("mem");
    }

    /** Disk in megabytes. */
    public double disk() {
        return scalar("disk");
    }

    public double gpus() {
        return scalar("gpus");
    }

    /** Union of the ranges resources with this name; empty if there are none. */
    public Ranges ranges(String name) {
        return Totals.ranges(entries, name);
    }

    public Ranges ports() {
        return ranges("ports");
    }

    /** Union of the set resources with this name, sorted; empty if there are none. */
    public Set<String> set(String name) {
        return Totals.items(entries, name);
    }

    /** The resource names present, sorted. */
    public Set<String> names() {
        return Totals.names(entries);
    }

    /** Total of each scalar resource by name, whatever the reservation, sorted by name. */
    public Map<String, Double> scalarTotals() {
        return Totals.scalars(entries);
    }

    /** The Mesos v1 protobuf form; a shared volume held n times appears n times. */
    public List<Protos.Resource> toProtos() {
        List<Protos.Resource> built = protos;
        if (built == null) {
            List<Protos.Resource> list = new ArrayList<>(entries.length);
            for (Entry entry : entries) {
                for (int i = 0; i < entry.shares; i++) {
                    list.add(entry.toProto());
                }
            }
            built = List.copyOf(list);
            protos = built;
        }
        return built;
    }

    @Override
    public Iterator<Protos.Resource> iterator() {
        return toProtos().iterator();
    }
}
