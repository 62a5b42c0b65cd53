package io.osmos.api.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Ranges against the obvious model: a set of small integers. */
class RangesPropertiesTest {

    @Property
    void arithmeticMatchesTheSetOfMembers(@ForAll("pairs") List<Integer> left, @ForAll("pairs") List<Integer> right) {
        Ranges a = ranges(left);
        Ranges b = ranges(right);
        BitSet sum = members(left);
        sum.or(members(right));
        BitSet difference = members(left);
        difference.andNot(members(right));
        BitSet outside = members(right);
        outside.andNot(members(left));

        assertEquals(sum, members(a.plus(b)));
        assertEquals(difference, members(a.minus(b)));
        assertEquals(outside.isEmpty(), a.contains(b));
        assertEquals(members(left).cardinality(), a.size());
        assertEquals(a, Ranges.parse(a.toString()));
    }

    @Property
    void resultsAreSortedAndCoalesced(@ForAll("pairs") List<Integer> left, @ForAll("pairs") List<Integer> right) {
        Ranges difference = ranges(left).minus(ranges(right));

        for (int i = 1; i < difference.rangeCount(); i++) {
            assertEquals(true, difference.begin(i) > difference.end(i - 1) + 1, difference.toString());
        }
    }

    @Provide
    Arbitrary<List<Integer>> pairs() {
        return Arbitraries.integers().between(0, 60).list().ofMaxSize(10).filter(list -> list.size() % 2 == 0);
    }

    private static Ranges ranges(List<Integer> bounds) {
        long[] pairs = new long[bounds.size()];
        for (int i = 0; i < bounds.size(); i += 2) {
            pairs[i] = Math.min(bounds.get(i), bounds.get(i + 1));
            pairs[i + 1] = Math.max(bounds.get(i), bounds.get(i + 1));
        }
        return Ranges.from(pairs);
    }

    private static BitSet members(List<Integer> bounds) {
        BitSet set = new BitSet();
        for (int i = 0; i < bounds.size(); i += 2) {
            set.set(Math.min(bounds.get(i), bounds.get(i + 1)), Math.max(bounds.get(i), bounds.get(i + 1)) + 1);
        }
        return set;
    }

    private static BitSet members(Ranges ranges) {
        BitSet set = new BitSet();
        for (int i = 0; i < ranges.rangeCount(); i++) {
            set.set((int) ranges.begin(i), (int) ranges.end(i) + 1);
        }
        return set;
    }
}
