package io.osmos.allocator.drf;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A pre-order walk over a sorter's tree that its visitor may re-sort as it goes. Mesos lists the
 * clients first and then visits the list; listing a thousand frameworks for every agent is what makes
 * its allocation loop slow, so this walks the live order instead. An allocation moves only the visited
 * client and its ancestors, and only to later places, so after one the walk carries on from the
 * client's old place and skips whoever it already visited.
 */
final class SortWalk {
    /**
     * What a walk may pass by unvisited. A client's tag is {@code bit << 3 | kind}, with a kind below 8;
     * a client is passed by when its bit is set in the set {@link #refused} gives for its kind. On an
     * agent that most frameworks refused, most of the walk is spent passing them by, so that must read
     * the tags and a few words of bits, not the clients' nodes.
     */
    interface PassBy {
        /**
         * The bits of the clients of this kind whose visit would do nothing and let the walk go on, as
         * things stand until the next visit; null when not known. The walk must not change the array.
         */
        long[] refused(int kind);
    }

    private SortWalk() {
    }

    static <T> boolean walk(SortNode<T> node, Predicate<T> visitor, PassBy passBy, long walk) {
        SortedChildren<T> order = node.order;
        int seen = node.changes;
        long[][] known = passBy == null ? null : new long[8][];
        for (int i = 0; i < order.size(); i++) {
            if (known != null) {
                i = passRefused(order, i, passBy, known);
                if (i == order.size()) {
                    break;
                }
            }
            SortNode<T> child = order.get(i);
            if (child.visited == walk) {
                continue; // moved behind its old place by an allocation made during this walk
            }
            double share = child.share;
            long count = child.count;
            boolean more = child.internal ? walk(child, visitor, passBy, walk) : visitor.test(child.value);
            if (!more) {
                return false;
            }
            if (known != null) {
                Arrays.fill(known, null); // the visit may have changed what is refused
            }
            if (node.changes != seen) {
                // The visitor's allocation moved this child to a later place: carry on after its old one,
                // and pass it by when it comes round again.
                child.visited = walk;
                i = order.after(share, count, child.rank) - 1;
                seen = node.changes;
            }
        }
        return true;
    }

    /** The index of the first client from {@code from} on that cannot be passed by, or the size. */
    private static int passRefused(SortedChildren<?> order, int from, PassBy passBy, long[][] known) {
        int size = order.size();
        int i = from;
        for (; i < size; i++) {
            int tag = order.tag(i);
            if (tag < 0) {
                return i;
            }
            long[] bits = known[tag & 7];
            if (bits == null) {
                bits = passBy.refused(tag & 7);
                if (bits == null) {
                    return i;
                }
                known[tag & 7] = bits;
            }
            if (!Bits.has(bits, tag >>> 3)) {
                return i;
            }
        }
        return i;
    }
}
