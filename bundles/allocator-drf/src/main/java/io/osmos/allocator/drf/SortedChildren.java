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
    /**
     * Each member's {@link SortNode#tag}, side by side with {@link #items}: a walk can pass by a
     * framework that refused the agent reading this array alone, without touching its node.
     */
    private int[] tags = new int[4];
    private int size;

    int size() {
        return size;
    }

    SortNode<T> get(int index) {
        return items[index];
    }

    /** The members' tags, valid up to {@link #size()} until the next change; the caller must not change them. */
    int[] tags() {
        return tags;
    }

    /** Inserts in order; the node's key must not be in use by another member. */
    void add(SortNode<T> node) {
        int at = -search(node) - 1;
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
            tags = Arrays.copyOf(tags, size * 2);
        }
        System.arraycopy(items, at, items, at + 1, size - at);
        System.arraycopy(tags, at, tags, at + 1, size - at);
        items[at] = node;
        tags[at] = node.tag;
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
            System.arraycopy(tags, at + 1, tags, at, size - at - 1);
            items[--size] = null;
        }
    }

    /** Takes up a member's new {@link SortNode#tag}. */
    void retag(SortNode<T> node) {
        int at = search(node);
        if (at < 0 || items[at] != node) {
            at = indexOf(node);
        }
        if (at >= 0) {
            tags[at] = node.tag;
        }
    }

    /**
     * The index of the first member ordered after the key (share, count, path). Searched without a
     * probe node, since a walk asks this after every allocation it makes.
     */
    int after(double share, long count, String path) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            SortNode<T> member = items[mid];
            int byShare = Double.compare(member.share, share);
            int cmp = byShare != 0 ? byShare
                    : member.count != count ? Long.compare(member.count, count) : member.path.compareTo(path);
            if (cmp <= 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Restores the order after keys changed in place; cheap when they are nearly sorted already. */
    void sort() {
        Arrays.sort(items, 0, size, SortNode.DRF);
        for (int i = 0; i < size; i++) {
            tags[i] = items[i].tag;
        }
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
