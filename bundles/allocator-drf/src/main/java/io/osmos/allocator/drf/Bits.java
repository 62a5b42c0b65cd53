package io.osmos.allocator.drf;

import java.util.Arrays;

/** Sets of small numbers (filter slots) as bits in a {@code long[]} that grows as needed. */
final class Bits {
    static final long[] NONE = new long[0];

    private Bits() {
    }

    static boolean has(long[] bits, int bit) {
        int word = bit >>> 6;
        return word < bits.length && (bits[word] & (1L << bit)) != 0;
    }

    /** Adds the bit; returns the array that holds the set now, grown if it had to be. */
    static long[] with(long[] bits, int bit) {
        int word = bit >>> 6;
        long[] grown = word < bits.length ? bits : Arrays.copyOf(bits, Math.max(word + 1, bits.length * 2));
        grown[word] |= 1L << bit;
        return grown;
    }

    static void clear(long[] bits, int bit) {
        int word = bit >>> 6;
        if (word < bits.length) {
            bits[word] &= ~(1L << bit);
        }
    }
}
