package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import java.util.HashMap;
import java.util.Map;

/**
 * Work that depends only on resource values, done once per distinct value. A cluster is built from a
 * few kinds of machine running a few shapes of task, so when a swap seeds ten thousand agents their
 * totals and what frameworks hold on them repeat; working out each agent's amounts and free resources
 * afresh was most of the seed's cost. Resources are immutable, so sharing the results is safe. Each memo
 * is dropped whole when it outgrows its bound: a cluster of all-different agents pays a lookup, no more.
 * Touched only on the allocator's actor.
 */
final class Shapes {
    private static final int BOUND = 512;

    /** An agent's total without allocation roles, and what the allocator derives from it. */
    record Total(Resources total, Breakdown breakdown, int[] scalarNames, boolean gpus) {
    }

    // The names array is compared by identity: agents of one kind share their Total's array. Resources
    // are without allocation roles, which makes comparing them cheap.
    private record HeldKey(Resources plain, int[] scalarNames) {
    }

    private record RestKey(Resources free, Resources taken) {
    }

    /** Stands for "the taken resources are not all there" among the remainders. */
    private static final Resources DOES_NOT_FIT = Resources.parse("cpus:1");

    private final ResourceNames names;
    private final Map<Resources, Total> totals = new HashMap<>();
    private final Map<HeldKey, Breakdown> held = new HashMap<>();
    private final Map<RestKey, Resources> rests = new HashMap<>();
    private final Map<Resources, Resources> plains = new HashMap<>();

    Shapes(ResourceNames names) {
        this.names = names;
    }

    Total total(Resources total) {
        Total shape = totals.get(total);
        if (shape == null) {
            shape = totalOf(total.unallocated());
            remember(totals, total, shape);
        }
        return shape;
    }

    /**
     * The resources without allocation roles. Comparing allocated resources is cheaper than stripping
     * them, and the result is then one shared instance, which the other memos compare by identity.
     */
    Resources unallocated(Resources resources) {
        Resources plain = plains.get(resources);
        if (plain == null) {
            plain = resources.unallocated();
            remember(plains, resources, plain);
        }
        return plain;
    }

    /** The amounts of resources without allocation roles on an agent with these scalar names. */
    Breakdown breakdown(Resources plain, int[] scalarNames) {
        HeldKey key = new HeldKey(plain, scalarNames);
        Breakdown breakdown = held.get(key);
        if (breakdown == null) {
            breakdown = Breakdown.of(plain, names, scalarNames);
            remember(held, key, breakdown);
        }
        return breakdown;
    }

    /** {@code free} less {@code taken}, or null when {@code free} does not contain {@code taken}. */
    Resources rest(Resources free, Resources taken) {
        RestKey key = new RestKey(free, taken);
        Resources rest = rests.get(key);
        if (rest == null) {
            rest = free.contains(taken) ? free.minus(taken) : DOES_NOT_FIT;
            remember(rests, key, rest);
        }
        return rest == DOES_NOT_FIT ? null : rest;
    }

    private Total totalOf(Resources total) {
        Breakdown breakdown = Breakdown.of(total, names);
        Quantities all = breakdown.all();
        int count = 0;
        for (int name = 0; name < all.width(); name++) {
            count += all.get(name) > 0 ? 1 : 0;
        }
        int[] scalarNames = new int[count];
        for (int name = 0, next = 0; name < all.width(); name++) {
            if (all.get(name) > 0) {
                scalarNames[next++] = name;
            }
        }
        return new Total(total, breakdown, scalarNames, total.gpus() > 0);
    }

    private static <K, V> void remember(Map<K, V> memo, K key, V value) {
        if (memo.size() >= BOUND) {
            memo.clear();
        }
        memo.put(key, value);
    }
}
