package io.osmos.allocator.drf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        rankByPath(node.children);
        List<SortNode<T>> members = new ArrayList<>();
        for (SortNode<T> child : node.children) {
            if (child.ordered()) {
                child.weight = weightOf(child);
                child.share = shareOf(child);
                members.add(child);
            }
            if (child.internal) {
                resort(child);
            }
        }
        node.order = SortedChildren.of(members);
        node.changes++;
    }

    /** Ties are broken by path; siblings get their paths' places so comparing them costs no string. */
    private static <T> void rankByPath(List<SortNode<T>> children) {
        List<SortNode<T>> byPath = new ArrayList<>(children);
        byPath.sort(Comparator.comparing(child -> child.path));
        for (int i = 0; i < byPath.size(); i++) {
            byPath.get(i).rank = i;
        }
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
        order.rekey();
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
