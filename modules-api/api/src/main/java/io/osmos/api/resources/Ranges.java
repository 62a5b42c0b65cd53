package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos;
import java.util.Arrays;

/**
 * An immutable set of non-negative integers held as inclusive ranges, such as the ports of an agent.
 * The ranges are always sorted and coalesced ({@code [1-2, 3-5]} becomes {@code [1-5]}), so two
 * {@code Ranges} with the same members are equal however they were built.
 */
public final class Ranges {
    /** The empty set of ranges. */
    public static final Ranges EMPTY = new Ranges(new long[0]);

    // Flat pairs begin0,end0,begin1,end1,... sorted and coalesced: one array keeps arithmetic
    // on the allocation path free of per-range objects.
    private final long[] bounds;

    private Ranges(long[] bounds) {
        this.bounds = bounds;
    }

    /** One range {@code [begin-end]}; both ends included. */
    public static Ranges of(long begin, long end) {
        return from(new long[] {begin, end});
    }

    /**
     * Ranges from flat pairs {@code begin0, end0, begin1, end1, ...} in any order; overlapping
     * and adjacent ranges are merged.
     *
     * @throws IllegalArgumentException if a bound is negative or a begin is greater than its end
     */
    public static Ranges from(long... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("Ranges need an even number of bounds, got " + pairs.length);
        }
        for (int i = 0; i < pairs.length; i += 2) {
            check(pairs[i], pairs[i + 1]);
        }
        return pairs.length == 0 ? EMPTY : new Ranges(RangeMath.normalise(pairs.clone()));
    }

    /** Converts the protobuf form; values of 2^63 and above do not fit and are refused. */
    public static Ranges fromProto(Protos.Value.Ranges ranges) {
        long[] pairs = new long[ranges.getRangeCount() * 2];
        for (int i = 0; i < ranges.getRangeCount(); i++) {
            pairs[2 * i] = ranges.getRange(i).getBegin();
            pairs[2 * i + 1] = ranges.getRange(i).getEnd();
        }
        return from(pairs);
    }

    /** Parses the Mesos text form, e.g. {@code [31000-32000, 33000-33010]}. */
    public static Ranges parse(String text) {
        return ValueParser.ranges(null, text);
    }

    private static void check(long begin, long end) {
        if (begin < 0 || end < 0) {
            throw new IllegalArgumentException("Range " + Long.toUnsignedString(begin) + "-"
                + Long.toUnsignedString(end) + " is negative or above 2^63-1");
        }
        if (begin > end) {
            throw new IllegalArgumentException("Range " + begin + "-" + end + " has begin greater than end");
        }
    }

    /** The union of both. */
    public Ranges plus(Ranges that) {
        if (that.bounds.length == 0) {
            return this;
        }
        if (bounds.length == 0) {
            return that;
        }
        return new Ranges(RangeMath.union(bounds, that.bounds));
    }

    /** The members of this that are not in {@code that}; ranges split where needed. */
    public Ranges minus(Ranges that) {
        if (that.bounds.length == 0 || bounds.length == 0) {
            return this;
        }
        long[] result = RangeMath.difference(bounds, that.bounds);
        return result.length == 0 ? EMPTY : new Ranges(result);
    }

    /** True if every member of {@code that} is a member of this. */
    public boolean contains(Ranges that) {
        return RangeMath.covers(bounds, that.bounds);
    }

    /** True if {@code value} is a member. */
    public boolean contains(long value) {
        return RangeMath.covers(bounds, new long[] {value, value});
    }

    public boolean isEmpty() {
        return bounds.length == 0;
    }

    /** The number of members, e.g. 1001 for {@code [31000-32000]}. */
    public long size() {
        long total = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            total += bounds[i + 1] - bounds[i] + 1;
        }
        return total;
    }

    /** The number of disjoint ranges. */
    public int rangeCount() {
        return bounds.length / 2;
    }

    /** The first member of the {@code index}-th range, ranges in ascending order. */
    public long begin(int index) {
        return bounds[2 * index];
    }

    /** The last member of the {@code index}-th range. */
    public long end(int index) {
        return bounds[2 * index + 1];
    }

    public Protos.Value.Ranges toProto() {
        Protos.Value.Ranges.Builder builder = Protos.Value.Ranges.newBuilder();
        for (int i = 0; i < bounds.length; i += 2) {
            builder.addRangeBuilder().setBegin(bounds[i]).setEnd(bounds[i + 1]);
        }
        return builder.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ranges that && Arrays.equals(bounds, that.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    /** The Mesos text form, e.g. {@code [31000-32000, 33000-33010]}; {@code []} when empty. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < bounds.length; i += 2) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(bounds[i]).append('-').append(bounds[i + 1]);
        }
        return out.append(']').toString();
    }
}
