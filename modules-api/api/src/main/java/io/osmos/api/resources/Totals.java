package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sums over all entries of a name, whatever their reservation or allocation (Mesos: get). A shared
 * volume counts once however many times it is held: it is one disk.
 */
final class Totals {
    private Totals() {
    }

    static long millis(Entry[] entries, String name) {
        long total = 0;
        for (Entry entry : entries) {
            if (entry.key.type == Protos.Value.Type.SCALAR && entry.key.name.equals(name)) {
                total += entry.millis;
            }
        }
        return total;
    }

    static Ranges ranges(Entry[] entries, String name) {
        Ranges total = Ranges.EMPTY;
        for (Entry entry : entries) {
            if (entry.ranges != null && entry.key.name.equals(name)) {
                total = total.plus(entry.ranges);
            }
        }
        return total;
    }

    static Set<String> items(Entry[] entries, String name) {
        SortedSet<String> total = new TreeSet<>();
        for (Entry entry : entries) {
            if (entry.items != null && entry.key.name.equals(name)) {
                total.addAll(Arrays.asList(entry.items));
            }
        }
        return Collections.unmodifiableSortedSet(total);
    }

    static Set<String> names(Entry[] entries) {
        SortedSet<String> names = new TreeSet<>();
        for (Entry entry : entries) {
            names.add(entry.key.name);
        }
        return Collections.unmodifiableSortedSet(names);
    }

    static Map<String, Double> scalars(Entry[] entries) {
        SortedMap<String, Long> millis = new TreeMap<>();
        for (Entry entry : entries) {
            if (entry.key.type == Protos.Value.Type.SCALAR) {
                millis.merge(entry.key.name, entry.millis, Long::sum);
            }
        }
        SortedMap<String, Double> totals = new TreeMap<>();
        millis.forEach((name, value) -> totals.put(name, Scalars.toDouble(value)));
        return Collections.unmodifiableSortedMap(totals);
    }
}
