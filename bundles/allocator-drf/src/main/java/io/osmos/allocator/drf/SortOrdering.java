package io.osmos.allocator.drf;

import java.util.Map;

/** Computing a sorter's shares and bringing its tree back into DRF order after wholesale changes. */
final class SortOrdering<T> {
    private final Shares shares;
    private final Map<String, Double> weights;

    SortOrdering(Shares shares, Map<String, Double> weights) {
        this.shares = shares;
        this.weights = weights;
    }

    void resort(SortNode<T> node) {
        SortedChildren<T> order = new SortedChildren<>();
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
     * A new cluster total changes every share but rarely much of the order (agents joining a cluster
     * of similar agents scale all shares alike), so shares are recomputed in place and a level is
     * re-sorted only if its order broke, by a sort that is quick on nearly sorted input.
     */
    void reshare(SortNode<T> node) {
        SortedChildren<T> order = node.order;
        for (int i = 0; i < order.size(); i++) {
            SortNode<T> child = order.get(i);
            child.share = shareOf(child);
            if (child.internal) {
                reshare(child);
            }
        }
        if (!order.isSorted()) {
            order.sort();
        }
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
