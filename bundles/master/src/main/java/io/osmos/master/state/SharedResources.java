package io.osmos.master.state;

import io.osmos.api.resources.Resources;
import java.lang.ref.WeakReference;
import java.util.WeakHashMap;

/**
 * One instance per distinct resource value the master holds: agents' totals, what each framework
 * uses on an agent, outstanding offers. A cluster repeats a few machine and task shapes, so most of
 * these values are equal; sharing one instance keeps a single copy in memory and lets whoever
 * compares them (an allocator seeded from the master in a swap looks each value up by equality)
 * stop at an identity check instead of walking two copies scattered over the heap.
 *
 * <p>A value is shared only with one that prints exactly the same (same entries in the same order,
 * disks with the same volume), so nobody sees another agent's or task's form of it. Weak: a value
 * nothing else holds any more is forgotten. Actor-confined, like the rest of the master's state.
 */
public final class SharedResources {
    private final WeakHashMap<Resources, WeakReference<Resources>> known = new WeakHashMap<>();

    /** The instance already held that equals {@code value} and prints the same, else {@code value} itself. */
    public Resources share(Resources value) {
        if (value.isEmpty()) {
            return Resources.EMPTY;
        }
        WeakReference<Resources> reference = known.get(value);
        Resources held = reference == null ? null : reference.get();
        if (held == null) {
            known.put(value, new WeakReference<>(value));
            return value;
        }
        return held.toProtos().equals(value.toProtos()) ? held : value;
    }

    /** How many distinct values are held, for tests. */
    int size() {
        return known.size();
    }
}
