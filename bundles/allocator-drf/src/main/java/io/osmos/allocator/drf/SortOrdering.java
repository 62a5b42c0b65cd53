package io.osmos.allocator.drf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Computing a sorter's shares and bringing its tree back into DRF order after wholesale changes. */
final class SortOrdering<T> {
    private final Shares shares;
    private final Map<String, Double> weights;

    SortOrdering(Shares shares, Map<String, Double> weights) {
        this.shares = shares;
        this.weights = weights;
    }

    void resort(SortNode<T> node) {
        TreeSet<SortNode<T>> order = new TreeSet<>(SortNode.DRF);
        for (SortNode<T> child : node.children) {
            if (child.ordered()) {
                child.weight = weightOf(child);
                child.share = shareOf(child);
                order.add(child);
            }
            if (child.internal) {
                resort(child);
            }
        }
        node.order = order;
        node.changes++;
    }

    /**
     * A new cluster total changes every share but rarely much of the order, so shares are recomputed
     * in place and only the nodes found out of order are taken out (by the iterator, which needs no
     * comparison) and put back: the tree stays valid because what remains is still sorted.
     */
    void reshare(SortNode<T> node) {
        List<SortNode<T>> displaced = new ArrayList<>();
        SortNode<T> previous = null;
        for (Iterator<SortNode<T>> children = node.order.iterator(); children.hasNext(); ) {
            SortNode<T> child = children.next();
            child.share = shareOf(child);
            if (child.internal) {
                reshare(child);
            }
            if (previous != null && SortNode.DRF.compare(previous, child) > 0) {
                children.remove();
                displaced.add(child);
            } else {
                previous = child;
            }
        }
        displaced.forEach(node.order::add);
        node.changes++;
    }

    double shareOf(SortNode<T> node) {
        return shares.dominant(node.allocation) / node.weight;
    }

    // The weight of "a" belongs to its internal node; the virtual leaf "a/." beside "a/b" weighs 1,
    // exactly as in Mesos, so the role's own frameworks compete with its children on equal terms.
    double weightOf(SortNode<T> node) {
        return weights.getOrDefault(node.path, 1.0);
    }
}
