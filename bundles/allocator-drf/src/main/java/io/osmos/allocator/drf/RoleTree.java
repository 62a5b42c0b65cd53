package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles the allocator knows of (those with frameworks, reservations, quota or a weight) and their
 * ancestors, with per-subtree sums kept up to date as resources are reserved, offered and recovered.
 * Empty roles are dropped so metrics do not keep naming roles nobody uses.
 */
final class RoleTree {
    private final Role root = new Role("", null);
    private final Map<String, Role> roles = new HashMap<>();
    private final ResourceNames names;

    RoleTree(ResourceNames names) {
        this.names = names;
    }

    Role root() {
        return root;
    }

    Role get(String name) {
        return roles.get(name);
    }

    Collection<Role> all() {
        return roles.values();
    }

    List<Role> topLevel() {
        return root.children;
    }

    /** The role, created with any missing ancestors. */
    Role obtain(String name) {
        Role role = roles.get(name);
        if (role != null) {
            return role;
        }
        int slash = name.lastIndexOf('/');
        Role parent = slash < 0 ? root : obtain(name.substring(0, slash));
        role = new Role(name, parent);
        parent.children.add(role);
        roles.put(name, role);
        return role;
    }

    /** Drops the role and then each ancestor, as long as they hold nothing and nobody uses them. */
    void tryRemove(Role role) {
        for (Role current = role; current != root && current.isEmpty(); current = current.parent) {
            current.parent.children.remove(current);
            roles.remove(current.name);
        }
    }

    /** Counts an agent's reserved scalars against the reservation roles and their ancestors. */
    void trackReservations(Resources total, boolean add) {
        Resources reserved = total.reserved().scalars();
        if (reserved.isEmpty()) {
            return;
        }
        for (Resource resource : reserved) {
            Role role = obtain(resource.getReservations(resource.getReservationsCount() - 1).getRole());
            Quantities amount = new Quantities();
            amount.set(names.number(resource.getName()), Math.round(resource.getScalar().getValue() * 1000.0));
            for (Role current = role; current != null; current = current.parent) {
                if (add) {
                    current.reservations.add(amount);
                } else {
                    current.reservations.subtract(amount);
                }
            }
            if (!add) {
                tryRemove(role);
            }
        }
    }

    /** Counts resources offered or allocated to {@code role} in its subtree sums, up to the root. */
    void trackOffered(Role role, Breakdown breakdown, boolean add) {
        for (Role current = role; current != null; current = current.parent) {
            if (add) {
                current.offeredOrAllocatedReserved.add(breakdown.reserved());
                current.offeredOrAllocatedUnreserved.add(breakdown.unreserved());
            } else {
                current.offeredOrAllocatedReserved.subtract(breakdown.reserved());
                current.offeredOrAllocatedUnreserved.subtract(breakdown.unreserved());
            }
        }
    }
}
