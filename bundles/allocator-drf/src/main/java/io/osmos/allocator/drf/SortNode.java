package io.osmos.allocator.drf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a {@link DrfSorter}'s tree. Leaves are clients; internal nodes exist for the structure of
 * the paths, and a client whose path is also a parent (role {@code a} beside {@code a/b}) lives in a
 * virtual leaf named {@code "."} below its internal node, as in Mesos.
 */
final class SortNode<T> {
    /** DRF order: smaller weighted share first, then fewer allocations, then the path (by its rank). */
    static final Comparator<SortNode<?>> DRF = (left, right) -> {
        int byShare = Double.compare(left.share, right.share);
        if (byShare != 0) {
            return byShare;
        }
        int byCount = Long.compare(left.count, right.count);
        return byCount != 0 ? byCount : Integer.compare(left.rank, right.rank);
    };

    private static final int INDEXED = 8;

    final String name;
    final String path;
    final SortNode<T> parent;
    final Quantities allocation = new Quantities();
    /** Changed only through {@link #addChild} and {@link #removeChild}, which keep {@link #byName}. */
    final List<SortNode<T>> children = new ArrayList<>();
    /**
     * The children by name, once there are many: adding the thousandth framework of a role must not
     * compare names with the other 999, which made seeding a big cluster quadratic.
     */
    private Map<String, SortNode<T>> byName;
    boolean internal;
    boolean active;
    T value;
    /** How many times something was allocated here; breaks ties so equal shares take turns. */
    long count;
    double share;
    /** The place of {@link #path} among the siblings' paths, given at each re-sort; orders ties. */
    int rank;
    double weight = 1.0;
    /** The active leaves and internal children in DRF order; valid only while the sorter is clean. */
    SortedChildren<T> order;
    /** Bumped whenever {@link #order} changes, so a walk knows its iterator went stale. */
    int changes;
    /** The walk that last reached this node. */
    long visited;
    /** A number the sorter's user gave the client for {@link SortWalk.PassBy}; -1: none, never passed by. */
    int tag = -1;

    SortNode(String name, SortNode<T> parent, boolean internal) {
        this.name = name;
        this.path = pathOf(name, parent);
        this.parent = parent;
        this.internal = internal;
    }

    private static String pathOf(String name, SortNode<?> parent) {
        if (parent == null) {
            return "";
        }
        return parent.parent == null ? name : parent.path + "/" + name;
    }

    boolean isVirtual() {
        return ".".equals(name);
    }

    /** The client's name: the path, without the trailing "." of a virtual leaf. */
    String clientPath() {
        return isVirtual() ? parent.path : path;
    }

    /** Whether the node takes part in its parent's order. */
    boolean ordered() {
        return internal || active;
    }

    SortNode<T> child(String childName) {
        if (byName != null) {
            return byName.get(childName);
        }
        for (SortNode<T> child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    void addChild(SortNode<T> child) {
        children.add(child);
        if (byName != null) {
            byName.put(child.name, child);
        } else if (children.size() > INDEXED) {
            byName = new HashMap<>();
            children.forEach(each -> byName.put(each.name, each));
        }
    }

    void removeChild(SortNode<T> child) {
        children.remove(child);
        if (byName != null) {
            byName.remove(child.name);
        }
    }

    @Override
    public String toString() {
        return path + "(share " + share + ", count " + count + (active ? ", active" : "") + ")";
    }
}
