package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Amounts of scalar resources by name, in thousandths as Mesos's fixed point keeps them (Mesos:
 * ResourceQuantities). Mutable, indexed by {@link ResourceNames}; a name never seen reads as zero.
 * Subtraction stops at zero, as it does for resources.
 */
final class Quantities {
    private long[] millis;

    Quantities() {
        millis = new long[0];
    }

    private Quantities(long[] millis) {
        this.millis = millis;
    }

    /** The scalar amounts of {@code resources}, whatever their reservation or allocation. */
    static Quantities of(Resources resources, ResourceNames names) {
        Quantities quantities = new Quantities();
        for (Map.Entry<String, Double> entry : resources.scalarTotals().entrySet()) {
            quantities.set(names.number(entry.getKey()), Math.round(entry.getValue() * 1000.0));
        }
        return quantities;
    }

    /** From a protobuf map of scalars, such as quota guarantees or an offer filter's minimum. */
    static Quantities of(Map<String, io.osmos.protocol.v1.Protos.Value.Scalar> scalars, ResourceNames names) {
        Quantities quantities = new Quantities();
        scalars.forEach((name, scalar) -> quantities.set(names.number(name), Math.round(scalar.getValue() * 1000.0)));
        return quantities;
    }

    Quantities copy() {
        return new Quantities(millis.clone());
    }

    long get(int name) {
        return name < millis.length ? millis[name] : 0;
    }

    void set(int name, long amount) {
        grow(name);
        millis[name] = Math.max(0, amount);
    }

    int width() {
        return millis.length;
    }

    Quantities add(Quantities that) {
        grow(that.millis.length - 1);
        for (int i = 0; i < that.millis.length; i++) {
            millis[i] += that.millis[i];
        }
        return this;
    }

    Quantities subtract(Quantities that) {
        int common = Math.min(millis.length, that.millis.length);
        for (int i = 0; i < common; i++) {
            millis[i] = Math.max(0, millis[i] - that.millis[i]);
        }
        return this;
    }

    /** What is left of this after {@code that}, as a new value. */
    Quantities minus(Quantities that) {
        return copy().subtract(that);
    }

    boolean isEmpty() {
        for (long amount : millis) {
            if (amount > 0) {
                return false;
            }
        }
        return true;
    }

    /** True if every amount here is at least that of {@code that}. */
    boolean contains(Quantities that) {
        for (int i = 0; i < that.millis.length; i++) {
            if (that.millis[i] > get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Calls back for every name with a positive amount, in number order. */
    void forEach(ResourceNames names, BiConsumer<String, Double> action) {
        for (int i = 0; i < millis.length; i++) {
            if (millis[i] > 0) {
                action.accept(names.name(i), millis[i] / 1000.0);
            }
        }
    }

    Map<String, Double> toMap(ResourceNames names) {
        Map<String, Double> map = new TreeMap<>();
        forEach(names, map::put);
        return map;
    }

    private void grow(int name) {
        if (name >= millis.length) {
            millis = Arrays.copyOf(millis, name + 1);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Quantities that)) {
            return false;
        }
        int width = Math.max(millis.length, that.millis.length);
        for (int i = 0; i < width; i++) {
            if (get(i) != that.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        int width = millis.length;
        while (width > 0 && millis[width - 1] == 0) {
            width--;
        }
        for (int i = 0; i < width; i++) {
            hash = 31 * hash + Long.hashCode(millis[i]);
        }
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(millis);
    }
}
