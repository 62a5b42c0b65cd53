package io.osmos.allocator.drf;

import java.util.function.Predicate;

/**
 * A pre-order walk over a sorter's tree that its visitor may re-sort as it goes. Mesos lists the
 * clients first and then visits the list; listing a thousand frameworks for every agent is what makes
 * its allocation loop slow, so this walks the live order instead. An allocation moves only the visited
 * client and its ancestors, and only to later places, so after one the walk carries on from the
 * client's old place and skips whoever it already visited.
 */
final class SortWalk {
    private SortWalk() {
    }

    static <T> boolean walk(SortNode<T> node, Predicate<T> visitor, long walk) {
        SortedChildren<T> order = node.order;
        int seen = node.changes;
        for (int i = 0; i < order.size(); i++) {
            SortNode<T> child = order.get(i);
            if (child.visited == walk) {
                continue; // moved behind its old place by an allocation made during this walk
            }
            double share = child.share;
            long count = child.count;
            boolean more = child.internal ? walk(child, visitor, walk) : visitor.test(child.value);
            if (!more) {
                return false;
            }
            if (node.changes != seen) {
                // The visitor's allocation moved this child to a later place: carry on after its old one,
                // and pass it by when it comes round again.
                child.visited = walk;
                i = order.after(SortNode.probe(share, count, child.path)) - 1;
                seen = node.changes;
            }
        }
        return true;
    }
}
