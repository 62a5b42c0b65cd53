package io.osmos.allocator.drf;

import java.util.Arrays;

/**
 * The children of one sorter node that take part in its order, kept sorted in a plain array. A walk
 * over a thousand frameworks is then a loop over an array rather than a chase through tree nodes,
 * which matters because an agent that most frameworks refused is walked past most of them. Moving one
 * child after an allocation costs a binary search and an array copy.
 */
final class SortedChildren<T> {
    @SuppressWarnings("unchecked")
    private SortNode<T>[] items = new SortNode[4];
    private int size;

    int size() {
        return size;
    }

    SortNode<T> get(int index) {
        return items[index];
    }

    /** Inserts in order; the node's key must not be in use by another member. */
    void add(SortNode<T> node) {
        int at = -search(node) - 1;
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        System.arraycopy(items, at, items, at + 1, size - at);
        items[at] = node;
        size++;
    }

    /** Removes the node, found by the key it had when it was added or last sorted. */
    void remove(SortNode<T> node) {
        int at = search(node);
        if (at < 0 || items[at] != node) {
            at = indexOf(node); // its key moved without a re-sort: find it the slow way
        }
        if (at >= 0) {
            System.arraycopy(items, at + 1, items, at, size - at - 1);
            items[--size] = null;
        }
    }

    /** The index of the first member ordered after {@code probe}. */
    int after(SortNode<T> probe) {
        int at = search(probe);
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** Restores the order after keys changed in place; cheap when they are nearly sorted already. */
    void sort() {
        Arrays.sort(items, 0, size, SortNode.DRF);
    }

    /** Whether the members are in order by their current keys. */
    boolean isSorted() {
        for (int i = 1; i < size; i++) {
            if (SortNode.DRF.compare(items[i - 1], items[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    private int search(SortNode<T> key) {
        return Arrays.binarySearch(items, 0, size, key, SortNode.DRF);
    }

    private int indexOf(SortNode<T> node) {
        for (int i = 0; i < size; i++) {
            if (items[i] == node) {
                return i;
            }
        }
        return -1;
    }
}
