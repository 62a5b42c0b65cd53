package io.osmos.api.resources;

import java.util.Arrays;

/**
 * A growable list of entries that keeps the invariant of {@link Resources}: no two entries may be
 * merged. Used only while a new {@code Resources} is being built; never shared.
 */
final class EntryList {
    private Entry[] items;
    private int size;

    EntryList(Entry[] initial, int extra) {
        items = Arrays.copyOf(initial, initial.length + extra);
        size = initial.length;
    }

    void add(Entry entry) {
        if (!entry.key.exclusive) {
            for (int i = 0; i < size; i++) {
                if (items[i].matches(entry)) {
                    items[i] = items[i].plus(entry);
                    return;
                }
            }
        }
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size * 2));
        }
        items[size++] = entry;
    }

    /** Takes {@code entry} away from the first entry it matches; what reaches zero goes. */
    void subtract(Entry entry) {
        for (int i = 0; i < size; i++) {
            if (items[i].matches(entry)) {
                Entry left = items[i].minus(entry);
                if (left != null) {
                    items[i] = left;
                } else {
                    // Shift rather than swap with the last, so the order of the rest is kept.
                    System.arraycopy(items, i + 1, items, i, size - i - 1);
                    items[--size] = null;
                }
                return;
            }
        }
    }

    Entry[] toArray() {
        return size == items.length ? items : Arrays.copyOf(items, size);
    }

    /** True if every entry of {@code inner} is held by one of {@code outer}. */
    static boolean covers(Entry[] outer, Entry[] inner) {
        boolean[] used = null;
        next:
        for (Entry wanted : inner) {
            for (int i = 0; i < outer.length; i++) {
                Entry held = outer[i];
                if (!held.matches(wanted)) {
                    continue;
                }
                if (!held.key.exclusive) {
                    // Mergeable entries are unique, so this is the only candidate.
                    if (held.covers(wanted)) {
                        continue next;
                    }
                    return false;
                }
                // Exclusive entries may repeat: each held copy satisfies one wanted copy.
                used = used == null ? new boolean[outer.length] : used;
                if (!used[i]) {
                    used[i] = true;
                    continue next;
                }
            }
            return false;
        }
        return true;
    }

    /** True if both hold the same entries, in any order. */
    static boolean sameEntries(Entry[] left, Entry[] right) {
        if (left.length != right.length) {
            return false;
        }
        boolean[] used = null;
        next:
        for (int i = 0; i < left.length; i++) {
            Entry wanted = left[i];
            if (wanted.equals(right[i]) && !wanted.key.exclusive) {
                continue;
            }
            for (int j = 0; j < right.length; j++) {
                if (!wanted.equals(right[j])) {
                    continue;
                }
                if (!wanted.key.exclusive) {
                    continue next;
                }
                used = used == null ? new boolean[right.length] : used;
                if (!used[j]) {
                    used[j] = true;
                    continue next;
                }
            }
            return false;
        }
        return true;
    }
}
