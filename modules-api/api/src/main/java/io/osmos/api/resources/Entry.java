package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos;
import java.util.Arrays;

/**
 * One merged resource: a key and an amount. Scalars are held in milli-units, as Mesos's fixed
 * point does, so sums and differences are exact. Immutable; the protobuf form is built on demand.
 */
final class Entry {
    final ResourceKey key;
    /** SCALAR amount in thousandths. */
    final long millis;
    /** RANGES amount; null for other types. */
    final Ranges ranges;
    /** SET amount, sorted; null for other types. */
    final String[] items;
    /** How many copies of a shared resource; always 1 when not shared. */
    final int shares;
    private int hash;
    // Volatile: built lazily by whichever thread asks first, then read by all.
    private volatile Protos.Resource proto;

    Entry(ResourceKey key, long millis, Ranges ranges, String[] items, int shares) {
        this.key = key;
        this.millis = millis;
        this.ranges = ranges;
        this.items = items;
        this.shares = shares;
    }

    Entry withKey(ResourceKey newKey) {
        return newKey == key ? this : new Entry(newKey, millis, ranges, items, shares);
    }

    /** Whether the amounts of the two may be added or subtracted (Mesos: addable, subtractable). */
    boolean matches(Entry that) {
        if (!key.equals(that.key)) {
            return false;
        }
        // Shared and exclusive resources are only combined with exact copies of themselves.
        return !(key.shared || key.exclusive) || sameAmount(that);
    }

    Entry plus(Entry that) {
        if (key.shared) {
            return new Entry(key, millis, ranges, items, shares + that.shares);
        }
        return switch (key.type) {
            case SCALAR -> new Entry(key, Math.addExact(millis, that.millis), null, null, 1);
            case RANGES -> new Entry(key, 0, ranges.plus(that.ranges), null, 1);
            default -> new Entry(key, 0, null, SetMath.union(items, that.items), 1);
        };
    }

    /** What is left after taking {@code that} away; null when nothing is (never negative). */
    Entry minus(Entry that) {
        if (key.shared) {
            int left = shares - that.shares;
            return left > 0 ? new Entry(key, millis, ranges, items, left) : null;
        }
        if (key.exclusive) {
            return null;
        }
        return switch (key.type) {
            case SCALAR -> millis > that.millis ? new Entry(key, millis - that.millis, null, null, 1) : null;
            case RANGES -> {
                Ranges left = ranges.minus(that.ranges);
                yield left.isEmpty() ? null : new Entry(key, 0, left, null, 1);
            }
            default -> {
                String[] left = SetMath.difference(items, that.items);
                yield left.length == 0 ? null : new Entry(key, 0, null, left, 1);
            }
        };
    }

    /** True if this holds at least {@code that}; assumes {@link #matches}. */
    boolean covers(Entry that) {
        if (key.shared) {
            return shares >= that.shares;
        }
        return switch (key.type) {
            case SCALAR -> millis >= that.millis;
            case RANGES -> ranges.contains(that.ranges);
            default -> SetMath.covers(items, that.items);
        };
    }

    boolean sameAmount(Entry that) {
        return switch (key.type) {
            case SCALAR -> millis == that.millis;
            case RANGES -> ranges.equals(that.ranges);
            default -> Arrays.equals(items, that.items);
        };
    }

    /** The resource without its share count. */
    Protos.Resource toProto() {
        Protos.Resource built = proto;
        if (built == null) {
            Protos.Resource.Builder builder = Protos.Resource.newBuilder();
            key.writeTo(builder);
            switch (key.type) {
                case SCALAR -> builder.getScalarBuilder().setValue(Scalars.toDouble(millis));
                case RANGES -> builder.setRanges(ranges.toProto());
                default -> builder.getSetBuilder().addAllItem(Arrays.asList(items));
            }
            built = builder.build();
            proto = built;
        }
        return built;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Entry that && key.equals(that.key) && shares == that.shares
            && sameAmount(that);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            int amount = switch (key.type) {
                case SCALAR -> Long.hashCode(millis);
                case RANGES -> ranges.hashCode();
                default -> Arrays.hashCode(items);
            };
            h = (key.hashCode() * 31 + amount) * 31 + shares;
            hash = h;
        }
        return h;
    }
}
