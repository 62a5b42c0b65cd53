package io.osmos.allocator.drf;

import java.util.Iterator;
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
        Iterator<SortNode<T>> children = node.order.iterator();
        int seen = node.changes;
        while (children.hasNext()) {
            SortNode<T> child = children.next();
            if (child.visited == walk) {
                continue; // moved behind its old place by an allocation made during this walk
            }
            child.visited = walk;
            double share = child.share;
            long count = child.count;
            boolean more = child.internal ? walk(child, visitor, walk) : visitor.test(child.value);
            if (!more) {
                return false;
            }
            if (node.changes != seen) {
                // The visitor's allocation re-sorted this level: carry on after the child's old place.
                children = node.order.tailSet(SortNode.probe(share, count, child.path), false).iterator();
                seen = node.changes;
            }
        }
        return true;
    }
}
