package io.osmos.api.resources;

import java.util.Arrays;

/**
 * Arithmetic on flat range arrays {@code begin0,end0,begin1,end1,...}. Inputs other than those of
 * {@link #normalise} are sorted and coalesced, which lets every operation walk both sides once.
 */
final class RangeMath {
    private RangeMath() {
    }

    /** Sorts and coalesces in place when possible; returns the (possibly shorter) result. */
    static long[] normalise(long[] pairs) {
        if (!sorted(pairs)) {
            sortPairs(pairs);
        }
        int out = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            // begin - 1 cannot overflow (begin >= 0), unlike end + 1 at Long.MAX_VALUE.
            if (out > 0 && pairs[i] - 1 <= pairs[out - 1]) {
                pairs[out - 1] = Math.max(pairs[out - 1], pairs[i + 1]);
            } else {
                pairs[out++] = pairs[i];
                pairs[out++] = pairs[i + 1];
            }
        }
        return out == pairs.length ? pairs : Arrays.copyOf(pairs, out);
    }

    static long[] union(long[] left, long[] right) {
        long[] merged = new long[left.length + right.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < left.length || j < right.length) {
            boolean takeLeft = j >= right.length || (i < left.length && left[i] <= right[j]);
            long[] source = takeLeft ? left : right;
            int index = takeLeft ? i : j;
            merged[k++] = source[index];
            merged[k++] = source[index + 1];
            if (takeLeft) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return normalise(merged);
    }

    static long[] difference(long[] left, long[] right) {
        // Each right range splits at most one piece off, so the pieces fit in both lengths.
        long[] out = new long[left.length + right.length];
        int k = 0;
        int j = 0;
        for (int i = 0; i < left.length; i += 2) {
            long begin = left[i];
            long end = left[i + 1];
            while (j < right.length && right[j + 1] < begin) {
                j += 2;
            }
            // Cut every right range that overlaps [begin, end] out of it, left to right.
            boolean consumed = false;
            for (int r = j; r < right.length && right[r] <= end; r += 2) {
                if (right[r] > begin) {
                    out[k++] = begin;
                    out[k++] = right[r] - 1;
                }
                if (right[r + 1] >= end) {
                    consumed = true;
                    break;
                }
                begin = Math.max(begin, right[r + 1] + 1);
            }
            if (!consumed) {
                out[k++] = begin;
                out[k++] = end;
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    static boolean covers(long[] outer, long[] inner) {
        int i = 0;
        for (int j = 0; j < inner.length; j += 2) {
            while (i < outer.length && outer[i + 1] < inner[j]) {
                i += 2;
            }
            if (i >= outer.length || outer[i] > inner[j] || outer[i + 1] < inner[j + 1]) {
                return false;
            }
        }
        return true;
    }

    private static boolean sorted(long[] pairs) {
        for (int i = 2; i < pairs.length; i += 2) {
            if (pairs[i] < pairs[i - 2]) {
                return false;
            }
        }
        return true;
    }

    private static void sortPairs(long[] pairs) {
        long[][] rows = new long[pairs.length / 2][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new long[] {pairs[2 * i], pairs[2 * i + 1]};
        }
        Arrays.sort(rows, (a, b) -> Long.compare(a[0], b[0]));
        for (int i = 0; i < rows.length; i++) {
            pairs[2 * i] = rows[i][0];
            pairs[2 * i + 1] = rows[i][1];
        }
    }
}
