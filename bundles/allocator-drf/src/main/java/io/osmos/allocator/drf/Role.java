package io.osmos.allocator.drf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A node of the role tree (Mesos: {@code Role}): its quota and weight, and what its subtree holds.
 * Sums cover the role and all its descendants, because quota is charged to the top-level role for
 * everything below it.
 */
final class Role {
    final String name;
    final Role parent;
    final List<Role> children = new ArrayList<>();
    /** Reserved scalar resources on all agents, reserved to this role or below. */
    final Quantities reservations = new Quantities();
    /** Offered or allocated reserved scalars of this subtree. */
    final Quantities offeredOrAllocatedReserved = new Quantities();
    /** Offered or allocated unreserved, non-revocable scalars of this subtree: what counts against quota. */
    final Quantities offeredOrAllocatedUnreserved = new Quantities();
    Quota quota = Quota.NONE;
    double weight = 1.0;
    /** Frameworks tracked under this role: subscribed to it, or still holding resources of it. */
    int frameworks;
    final Set<FrameworkRole> members = new LinkedHashSet<>();
    /** The sorter of this role's frameworks; present while it has frameworks. */
    Sorter<FrameworkRole> frameworkSorter;

    Role(String name, Role parent) {
        this.name = name;
        this.parent = parent;
    }

    boolean isTopLevel() {
        return parent != null && parent.parent == null;
    }

    /** Mesos's consumed quota: reservations plus unreserved offered or allocated resources. */
    Quantities quotaConsumed() {
        return offeredOrAllocatedUnreserved.copy().add(reservations);
    }

    boolean isEmpty() {
        return children.isEmpty() && frameworks == 0 && reservations.isEmpty() && quota.isNone() && weight == 1.0
                && offeredOrAllocatedReserved.isEmpty() && offeredOrAllocatedUnreserved.isEmpty();
    }

    @Override
    public String toString() {
        return name;
    }
}
