package io.osmos.api.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos;
import org.junit.jupiter.api.Test;

class RangesTest {
    @Test
    void buildingSortsAndCoalescesOverlappingAndAdjacentRanges() {
        Ranges ranges = Ranges.from(20, 25, 1, 5, 3, 8, 9, 9, 24, 30);

        assertEquals("[1-9, 20-30]", ranges.toString());
        assertEquals(2, ranges.rangeCount());
        assertEquals(20, ranges.begin(1));
        assertEquals(30, ranges.end(1));
        assertEquals(20, ranges.size());
    }

    @Test
    void subtractionSplitsAndTrims() {
        Ranges ports = Ranges.of(31000, 32000);

        assertEquals(Ranges.from(31000, 31099, 31201, 32000), ports.minus(Ranges.of(31100, 31200)));
        assertEquals(Ranges.of(31500, 32000), ports.minus(Ranges.of(30000, 31499)));
        assertEquals(Ranges.of(31000, 31499), ports.minus(Ranges.of(31500, 40000)));
        assertEquals(Ranges.EMPTY, ports.minus(Ranges.of(0, 50000)));
        assertEquals(Ranges.from(2, 2, 4, 4, 6, 9), Ranges.of(1, 9).minus(Ranges.from(1, 1, 3, 3, 5, 5)));
        assertEquals(Ranges.from(1, 2, 9, 10), Ranges.from(1, 3, 5, 6, 8, 10).minus(Ranges.of(3, 8)));
        assertSame(ports, ports.minus(Ranges.EMPTY));
    }

    @Test
    void containsNeedsEveryMember() {
        Ranges ports = Ranges.from(1, 10, 20, 30);

        assertTrue(ports.contains(Ranges.from(2, 3, 20, 20, 30, 30)));
        assertTrue(ports.contains(Ranges.EMPTY));
        assertFalse(ports.contains(Ranges.of(10, 20)));
        assertFalse(ports.contains(Ranges.of(0, 1)));
        assertTrue(ports.contains(25));
        assertFalse(ports.contains(15));
    }

    @Test
    void theLargestValuesDoNotOverflow() {
        long max = Long.MAX_VALUE;
        Ranges top = Ranges.of(max - 1, max);

        assertEquals(Ranges.of(max - 3, max), Ranges.of(max - 3, max - 2).plus(top));
        assertEquals(Ranges.of(max - 1, max - 1), top.minus(Ranges.of(max, max)));
        assertEquals(Ranges.EMPTY, top.minus(Ranges.of(0, max)));
        assertEquals(2, top.size());
    }

    @Test
    void protobufRoundTrip() {
        Ranges ranges = Ranges.from(1, 2, 5, 9);
        Protos.Value.Ranges proto = ranges.toProto();

        assertEquals(2, proto.getRangeCount());
        assertEquals(ranges, Ranges.fromProto(proto));
    }

    @Test
    void badBoundsAreRefused() {
        assertEquals("Range 5-1 has begin greater than end",
            assertThrows(IllegalArgumentException.class, () -> Ranges.of(5, 1)).getMessage());
        assertEquals("Range 18446744073709551615-1 is negative or above 2^63-1",
            assertThrows(IllegalArgumentException.class, () -> Ranges.of(-1, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Ranges.from(1, 2, 3));
    }
}
