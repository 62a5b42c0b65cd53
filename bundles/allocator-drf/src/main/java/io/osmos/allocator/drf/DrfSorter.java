package io.osmos.allocator.drf;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Mesos's DRF sorter: clients form a tree on "/", each internal node keeps its active children in DRF
 * order (weighted dominant share, then allocation count, then path), and the walk is a pre-order
 * traversal. The order is kept up to date on every allocation, so a walk costs only the clients it
 * visits; a change of the cluster total or the tree's shape makes the sorter dirty, and it re-sorts
 * once, lazily, at the next walk.
 */
final class DrfSorter<T> implements Sorter<T> {
    private final SortNode<T> root = new SortNode<>("", null, true);
    private final Map<String, SortNode<T>> clients = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final Shares shares;
    private final SortOrdering<T> ordering;
    private boolean dirty = true;
    private long sortedAt = -1;
    private long walks;

    DrfSorter(Shares shares) {
        this.shares = shares;
        this.ordering = new SortOrdering<>(shares, weights);
        root.order = new SortedChildren<>();
    }

    @Override
    public void add(String client, T value) {
        if (clients.containsKey(client)) {
            throw new IllegalStateException("Sorter client '" + client + "' was added twice");
        }
        SortNode<T> leaf = new SortTreeShape<>(root, clients, weights).add(client);
        leaf.value = value;
        clients.put(client, leaf);
        dirty = true;
    }

    @Override
    public void remove(String client) {
        SortNode<T> leaf = clients.remove(client);
        if (leaf != null) {
            new SortTreeShape<>(root, clients, weights).remove(leaf);
            dirty = true;
        }
    }

    @Override
    public void activate(String client) {
        SortNode<T> leaf = clients.get(client);
        if (leaf == null || leaf.active) {
            return;
        }
        leaf.active = true;
        // With only the total stale the tree is intact and must stay complete: re-sharing keeps members.
        if (!dirty) {
            leaf.share = ordering.shareOf(leaf);
            leaf.parent.order.add(leaf);
            leaf.parent.changes++;
        }
    }

    @Override
    public void deactivate(String client) {
        SortNode<T> leaf = clients.get(client);
        if (leaf == null || !leaf.active) {
            return;
        }
        if (!dirty) {
            leaf.parent.order.remove(leaf);
            leaf.parent.changes++;
        }
        leaf.active = false;
    }

    @Override
    public boolean contains(String client) {
        return clients.containsKey(client);
    }

    @Override
    public int count() {
        return clients.size();
    }

    @Override
    public void updateWeight(String path, double weight) {
        weights.put(path, weight);
        dirty = true;
    }

    @Override
    public void allocated(String client, Quantities quantities) {
        change(client, quantities, null, true);
    }

    @Override
    public void unallocated(String client, Quantities quantities) {
        change(client, null, quantities, false);
    }

    @Override
    public void update(String client, Quantities before, Quantities after) {
        change(client, after, before, false);
    }

    @Override
    public Quantities allocation(String client) {
        SortNode<T> leaf = clients.get(client);
        return leaf == null ? new Quantities() : leaf.allocation;
    }

    @Override
    public Quantities totalAllocation() {
        return root.allocation;
    }

    @Override
    public double share(String client) {
        SortNode<T> leaf = clients.get(client);
        return leaf == null ? 0.0 : shares.dominant(leaf.allocation) / ordering.weightOf(leaf);
    }

    @Override
    public int compare(String left, String right) {
        ensureClean();
        SortNode<T> one = clients.get(left);
        SortNode<T> other = clients.get(right);
        // Ranks order only siblings; clients under different parents tie by their paths.
        boolean tie = one.parent != other.parent && one.share == other.share && one.count == other.count;
        return tie ? one.path.compareTo(other.path) : SortNode.DRF.compare(one, other);
    }

    @Override
    public boolean walk(Predicate<T> visitor) {
        return walk(visitor, null);
    }

    @Override
    public boolean walk(Predicate<T> visitor, SortWalk.PassBy passBy) {
        ensureClean();
        return SortWalk.walk(root, visitor, passBy, ++walks);
    }

    @Override
    public void tag(String client, int tag) {
        if (tag < 0) {
            throw new IllegalArgumentException("Sorter tag " + tag + " for '" + client + "' is negative");
        }
        SortNode<T> leaf = clients.get(client);
        if (leaf == null || leaf.tag == tag) {
            return;
        }
        leaf.tag = tag;
        if (!dirty && leaf.ordered()) {
            leaf.parent.order.retag(leaf);
        }
    }

    private void ensureClean() {
        if (dirty) {
            ordering.resort(root);
        } else if (sortedAt != shares.version()) {
            ordering.reshare(root);
        }
        dirty = false;
        sortedAt = shares.version();
    }

    private void change(String client, Quantities added, Quantities removed, boolean counted) {
        SortNode<T> leaf = clients.get(client);
        if (leaf == null) {
            throw new IllegalStateException("Unknown sorter client '" + client + "'");
        }
        boolean clean = isClean();
        for (SortNode<T> node = leaf; node != null; node = node.parent) {
            boolean reorder = clean && node.parent != null && node.ordered();
            if (reorder) {
                node.parent.order.remove(node);
            }
            if (removed != null) {
                node.allocation.subtract(removed);
            }
            if (added != null) {
                node.allocation.add(added);
            }
            if (counted) {
                node.count++;
            }
            if (reorder) {
                node.share = ordering.shareOf(node);
                node.parent.order.add(node);
                node.parent.changes++;
            }
        }
    }

    private boolean isClean() {
        return !dirty && sortedAt == shares.version();
    }
}
