package io.osmos.allocator.drf;

import java.util.Map;

/**
 * Adding and removing clients in a {@link DrfSorter}'s tree, like {@code mkdir -p} and {@code rmdir -p}
 * on the client's path. A client whose path becomes a parent moves into a virtual leaf {@code "."}
 * under its (now internal) node, and moves back when its last child goes, as in Mesos.
 */
final class SortTreeShape<T> {
    private final SortNode<T> root;
    private final Map<String, SortNode<T>> clients;
    private final Map<String, Double> weights;

    SortTreeShape(SortNode<T> root, Map<String, SortNode<T>> clients, Map<String, Double> weights) {
        this.root = root;
        this.clients = clients;
        this.weights = weights;
    }

    /** Creates the missing nodes of {@code client}'s path; returns its new, inactive leaf. */
    SortNode<T> add(String client) {
        String[] tokens = client.split("/");
        SortNode<T> current = root;
        int next = 0;
        while (true) {
            if (next == tokens.length) {
                // The path exists as an internal node: the client gets a virtual leaf below it.
                return attach(new SortNode<>(".", current, false));
            }
            if (current != root && !current.internal) {
                // The path runs through an existing client: push that client down into a virtual leaf.
                pushDown(current);
                break;
            }
            SortNode<T> child = current.child(tokens[next]);
            if (child == null) {
                break;
            }
            current = child;
            next++;
        }
        for (; next < tokens.length; next++) {
            current = attach(new SortNode<>(tokens[next], current, next < tokens.length - 1));
        }
        return current;
    }

    /** Removes a client's leaf and every internal node left without children. */
    void remove(SortNode<T> leaf) {
        Quantities held = leaf.allocation.copy();
        SortNode<T> current = leaf;
        while (current != root) {
            SortNode<T> parent = current.parent;
            parent.allocation.subtract(held);
            if (current.children.isEmpty()) {
                parent.removeChild(current);
            } else if (current.children.size() == 1 && current.children.get(0).isVirtual()) {
                pullUp(current);
            }
            current = parent;
        }
    }

    private SortNode<T> attach(SortNode<T> node) {
        node.weight = weights.getOrDefault(node.path, 1.0);
        node.parent.addChild(node);
        return node;
    }

    private void pushDown(SortNode<T> node) {
        SortNode<T> virtual = attach(new SortNode<>(".", node, false));
        virtual.active = node.active;
        virtual.value = node.value;
        virtual.count = node.count;
        virtual.allocation.add(node.allocation);
        node.internal = true;
        node.active = false;
        node.value = null;
        clients.put(node.path, virtual);
    }

    private void pullUp(SortNode<T> node) {
        SortNode<T> virtual = node.children.get(0);
        node.removeChild(virtual);
        node.internal = false;
        node.active = virtual.active;
        node.value = virtual.value;
        node.order = null;
        clients.put(node.path, node);
    }
}
