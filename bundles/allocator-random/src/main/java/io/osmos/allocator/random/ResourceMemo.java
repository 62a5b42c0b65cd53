package io.osmos.allocator.random;

import io.osmos.api.resources.Resources;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Arithmetic on resource values, done once per distinct value. A cluster is built from a few kinds of
 * machine running a few shapes of task, so when a swap seeds ten thousand agents their totals and what
 * frameworks hold on them repeat; working each agent's free resources and sums out afresh was most of
 * the seed's cost. Resources are immutable, so sharing the results is safe. Each memo is dropped whole
 * when it outgrows its bound: a cluster of all-different agents pays a lookup, no more. Touched only
 * on the allocator's actor.
 */
final class ResourceMemo {
    private static final int BOUND = 512;

    private record Pair(Resources free, Resources taken) {
    }

    /** Stands for "the taken resources are not all there" among the remainders. */
    private static final Resources DOES_NOT_FIT = Resources.parse("cpus:1");

    private final Map<Resources, Resources> unallocated = new HashMap<>();
    private final Map<Pair, Resources> rests = new HashMap<>();
    private final Map<Resources, Map<String, Long>> millis = new HashMap<>();

    /** For totals, which come without allocation roles: comparing those is cheap, unlike allocated ones. */
    Resources unallocated(Resources resources) {
        return remembered(unallocated, resources, Resources::unallocated);
    }

    /** {@code free} less {@code taken}, or null when {@code free} does not contain {@code taken}. */
    Resources rest(Resources free, Resources taken) {
        Resources rest = remembered(rests, new Pair(free, taken),
                pair -> free.contains(taken) ? free.minus(taken) : DOES_NOT_FIT);
        return rest == DOES_NOT_FIT ? null : rest;
    }

    /** The scalar totals in thousandths, the unit Mesos rounds scalars to; the caller must not change them. */
    Map<String, Long> scalarMillis(Resources resources) {
        return remembered(millis, resources, r -> {
            Map<String, Long> amounts = new HashMap<>();
            r.scalarTotals().forEach((name, amount) -> amounts.put(name, Math.round(amount * 1000)));
            return amounts;
        });
    }

    private static <K, V> V remembered(Map<K, V> memo, K key, Function<K, V> compute) {
        V value = memo.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (memo.size() >= BOUND) {
                memo.clear();
            }
            memo.put(key, value);
        }
        return value;
    }
}
