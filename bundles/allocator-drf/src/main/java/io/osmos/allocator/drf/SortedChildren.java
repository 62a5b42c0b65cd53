package io.osmos.allocator.drf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The children of one sorter node that take part in its order, kept sorted in plain arrays used as a
 * ring. A walk over a thousand frameworks is then a loop over an array rather than a chase through
 * tree nodes, which matters because an agent that most frameworks refused is walked past most of them.
 *
 * <p>Each member's sort key sits beside it in primitive arrays, so finding a place is a binary search
 * that never touches the nodes. An allocation usually takes a client from near the front (it had the
 * smallest share) to near the back; as a ring, moving it shifts only the few members on the short
 * side of each end instead of the whole order.
 */
final class SortedChildren<T> {
    @SuppressWarnings("unchecked")
    private SortNode<T>[] items = new SortNode[4];
    /**
     * Each member's {@link SortNode#tag}: a walk can pass by a framework that refused the agent reading
     * this array alone, without touching its node.
     */
    private int[] tags = new int[4];
    private double[] shares = new double[4];
    private long[] counts = new long[4];
    private int[] ranks = new int[4];
    private int head; // where index 0 is in the arrays
    private int size;

    /** The members in DRF order by their current keys. */
    static <T> SortedChildren<T> of(List<SortNode<T>> members) {
        SortedChildren<T> order = new SortedChildren<>();
        order.refill(new ArrayList<>(members));
        return order;
    }

    int size() {
        return size;
    }

    SortNode<T> get(int index) {
        return items[at(index)];
    }

    int tag(int index) {
        return tags[at(index)];
    }

    /** Inserts in order; the node's key must not be in use by another member. */
    void add(SortNode<T> node) {
        if (size == items.length) {
            grow();
        }
        int index = after(node.share, node.count, node.rank);
        if (index < size - index) {
            head = (head - 1) & (items.length - 1);
            shiftDown(1, index + 1);
        } else {
            shiftUp(index, size);
        }
        set(at(index), node);
        size++;
    }

    /** Removes the node, found by the key it had when it was added or last sorted. */
    void remove(SortNode<T> node) {
        int index = indexOf(node);
        if (index < 0) {
            return;
        }
        if (index < size - 1 - index) {
            shiftUp(0, index);
            items[head] = null;
            head = (head + 1) & (items.length - 1);
        } else {
            shiftDown(index + 1, size);
            items[at(size - 1)] = null;
        }
        size--;
    }

    /** Takes up a member's new {@link SortNode#tag}. */
    void retag(SortNode<T> node) {
        int index = indexOf(node);
        if (index >= 0) {
            tags[at(index)] = node.tag;
        }
    }

    /** The index of the first member ordered after the key (share, count, rank). */
    int after(double share, long count, int rank) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cell = at(mid);
            int byShare = Double.compare(shares[cell], share);
            int cmp = byShare != 0 ? byShare
                    : counts[cell] != count ? Long.compare(counts[cell], count) : Integer.compare(ranks[cell], rank);
            if (cmp <= 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /**
     * Takes up the members' keys as their nodes now have them (new shares, set in place) and restores
     * the order if they broke it; cheap when it holds.
     */
    void rekey() {
        boolean sorted = true;
        for (int k = 0; k < size; k++) {
            int cell = at(k);
            set(cell, items[cell]);
            sorted &= k == 0 || SortNode.DRF.compare(items[at(k - 1)], items[cell]) <= 0;
        }
        if (!sorted) {
            List<SortNode<T>> members = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                members.add(get(k));
            }
            refill(members);
        }
    }

    private int at(int index) {
        return (head + index) & (items.length - 1);
    }

    private int indexOf(SortNode<T> node) {
        int index = after(node.share, node.count, node.rank) - 1;
        if (index >= 0 && items[at(index)] == node) {
            return index;
        }
        for (int k = 0; k < size; k++) { // its key moved without a re-sort: find it the slow way
            if (items[at(k)] == node) {
                return k;
            }
        }
        return -1;
    }

    private void set(int cell, SortNode<T> node) {
        items[cell] = node;
        tags[cell] = node.tag;
        shares[cell] = node.share;
        counts[cell] = node.count;
        ranks[cell] = node.rank;
    }

    /** Moves the members at indexes [from, to) one place up, in runs that do not wrap round the ring. */
    private void shiftUp(int from, int to) {
        for (int end = to; end > from; ) {
            int last = at(end - 1);
            int target = at(end);
            int run = Math.min(end - from, Math.min(last, target) + 1);
            copy(last - run + 1, target - run + 1, run);
            end -= run;
        }
    }

    /** Moves the members at indexes [from, to) one place down, in runs that do not wrap round the ring. */
    private void shiftDown(int from, int to) {
        int capacity = items.length;
        for (int start = from; start < to; ) {
            int first = at(start);
            int target = at(start - 1);
            int run = Math.min(to - start, capacity - Math.max(first, target));
            copy(first, target, run);
            start += run;
        }
    }

    private void copy(int from, int to, int length) {
        System.arraycopy(items, from, items, to, length);
        System.arraycopy(tags, from, tags, to, length);
        System.arraycopy(shares, from, shares, to, length);
        System.arraycopy(counts, from, counts, to, length);
        System.arraycopy(ranks, from, ranks, to, length);
    }

    @SuppressWarnings("unchecked")
    private void refill(List<SortNode<T>> members) {
        members.sort(SortNode.DRF);
        int capacity = Math.max(4, Integer.highestOneBit(Math.max(1, members.size())) << 1);
        items = new SortNode[capacity];
        tags = new int[capacity];
        shares = new double[capacity];
        counts = new long[capacity];
        ranks = new int[capacity];
        head = 0;
        size = members.size();
        for (int k = 0; k < size; k++) {
            set(k, members.get(k));
        }
    }

    /** Doubles a full ring; the members that wrapped round its end move behind the others. */
    private void grow() {
        int capacity = items.length;
        items = Arrays.copyOf(items, capacity * 2);
        tags = Arrays.copyOf(tags, capacity * 2);
        shares = Arrays.copyOf(shares, capacity * 2);
        counts = Arrays.copyOf(counts, capacity * 2);
        ranks = Arrays.copyOf(ranks, capacity * 2);
        copy(0, capacity, head);
        Arrays.fill(items, 0, head, null);
    }
}
