package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The refusal filters on one agent, keyed by {@link FrameworkRole#slot}. A thousand frameworks that
 * each declined every agent of a ten-thousand-agent cluster leave ten million filters, so they live in
 * an open-addressing table of parallel arrays rather than in maps of objects. A slot usually holds one
 * filter; a framework that refused different resources on the same agent gets an array of them.
 */
final class AgentFilters {
    private record Refusal(Resources refused, long expiry) {
    }

    private static final int[] NO_KEYS = new int[0];

    private int[] keys = NO_KEYS; // slot + 1; 0 marks a free cell
    private long[] expiries;      // the earliest expiry of the cell's filters
    private Object[] values;      // Resources, or Refusal[] for several
    private int shift = 32;       // Fibonacci hashing: the top log2(capacity) bits of slot * golden ratio
    /** A bit per slot with a filter: most frameworks an agent is offered to have none, told in one word. */
    private long[] slots = Bits.NONE;
    private int cells;
    private int count;
    private long nextExpiry = Long.MAX_VALUE;
    /** Moves whenever a filter goes, so that what was found refused before can be known stale. */
    private int generation;

    int count() {
        return count;
    }

    long nextExpiry() {
        return nextExpiry;
    }

    int generation() {
        return generation;
    }

    void add(int slot, Resources refused, long expiry) {
        if ((cells + 1) * 4 > keys.length * 3) {
            resize(Math.max(4, keys.length * 2));
        }
        int cell = find(slot);
        if (keys[cell] == 0) {
            slots = Bits.with(slots, slot);
            keys[cell] = slot + 1;
            expiries[cell] = expiry;
            values[cell] = refused;
            cells++;
        } else {
            Refusal[] all = refusals(cell);
            Refusal[] grown = Arrays.copyOf(all, all.length + 1);
            grown[all.length] = new Refusal(refused, expiry);
            values[cell] = grown;
            expiries[cell] = Math.min(expiries[cell], expiry);
        }
        count++;
        nextExpiry = Math.min(nextExpiry, expiry);
    }

    /** True if a filter of this slot refused everything in {@code offer}. */
    boolean filtered(int slot, Resources offer) {
        if (!Bits.has(slots, slot)) {
            return false;
        }
        int cell = find(slot);
        if (keys[cell] == 0) {
            return false;
        }
        Object value = values[cell];
        if (value instanceof Resources refused) {
            return refused == offer || refused.contains(offer);
        }
        for (Refusal refusal : (Refusal[]) value) {
            if (refusal.refused() == offer || refusal.refused().contains(offer)) {
                return true;
            }
        }
        return false;
    }

    /** Drops every filter of the slot; returns how many there were. */
    int remove(int slot) {
        if (!Bits.has(slots, slot)) {
            return 0;
        }
        int cell = find(slot);
        int removed = values[cell] instanceof Resources ? 1 : ((Refusal[]) values[cell]).length;
        delete(cell);
        count -= removed;
        generation++;
        return removed;
    }

    /** Drops the filters expired by {@code now}, telling {@code removed} each one's slot. */
    void expire(long now, IntConsumer removed) {
        if (nextExpiry > now) {
            return;
        }
        long next = Long.MAX_VALUE;
        generation++;
        for (int cell = 0; cell < keys.length; cell++) {
            while (keys[cell] != 0 && expiries[cell] <= now) {
                int slot = keys[cell] - 1;
                if (!keepUnexpired(cell, now, slot, removed)) {
                    delete(cell); // the next cell may have shifted into this one: look again
                }
            }
            if (keys[cell] != 0) {
                next = Math.min(next, expiries[cell]);
            }
        }
        nextExpiry = next;
    }

    // Trims the expired filters of a cell; false when none is left and the cell must go.
    private boolean keepUnexpired(int cell, long now, int slot, IntConsumer removed) {
        if (values[cell] instanceof Resources) {
            count--;
            removed.accept(slot);
            return false;
        }
        Refusal[] kept = Arrays.stream((Refusal[]) values[cell]).filter(r -> r.expiry() > now)
                .toArray(Refusal[]::new);
        int gone = ((Refusal[]) values[cell]).length - kept.length;
        count -= gone;
        for (int i = 0; i < gone; i++) {
            removed.accept(slot);
        }
        if (kept.length == 0) {
            return false;
        }
        values[cell] = kept.length == 1 ? kept[0].refused() : kept;
        expiries[cell] = Arrays.stream(kept).mapToLong(Refusal::expiry).min().orElseThrow();
        return true;
    }

    private Refusal[] refusals(int cell) {
        Object value = values[cell];
        return value instanceof Resources single
                ? new Refusal[] {new Refusal(single, expiries[cell])}
                : (Refusal[]) value;
    }

    private int home(int slot) {
        return (slot * 0x9E3779B9) >>> shift;
    }

    private int find(int slot) {
        int mask = keys.length - 1;
        int cell = home(slot);
        while (keys[cell] != 0 && keys[cell] != slot + 1) {
            cell = (cell + 1) & mask;
        }
        return cell;
    }

    // Backward-shift deletion keeps every probe chain unbroken without tombstones.
    private void delete(int cell) {
        Bits.clear(slots, keys[cell] - 1);
        int mask = keys.length - 1;
        int hole = cell;
        int next = (hole + 1) & mask;
        while (keys[next] != 0) {
            int home = home(keys[next] - 1);
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                keys[hole] = keys[next];
                expiries[hole] = expiries[next];
                values[hole] = values[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        keys[hole] = 0;
        values[hole] = null;
        cells--;
    }

    private void resize(int capacity) {
        int[] oldKeys = keys;
        long[] oldExpiries = expiries;
        Object[] oldValues = values;
        keys = new int[capacity];
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        expiries = new long[capacity];
        values = new Object[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int cell = find(oldKeys[i] - 1);
                keys[cell] = oldKeys[i];
                expiries[cell] = oldExpiries[i];
                values[cell] = oldValues[i];
            }
        }
    }
}
