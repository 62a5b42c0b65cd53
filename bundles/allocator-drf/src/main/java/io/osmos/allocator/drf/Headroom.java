package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import java.util.HashMap;
import java.util.Map;

/**
 * Quota during one allocation run, as Mesos keeps it: what each role with quota has consumed
 * (reservations plus unreserved offered or allocated resources), the headroom that unmet guarantees
 * require, and the unreserved non-revocable headroom still free. Offers are cut ("chopped") only to
 * stay within a role's limits and to leave the required headroom free.
 */
final class Headroom {
    /** An offer and what it adds to quota consumption: the guaranteed part and the rest. */
    record Quote(Resources offer, Quantities guaranteed, Quantities additional) {
    }

    private final ResourceNames names;
    private final Map<Role, Quantities> consumed = new HashMap<>();
    private final Quantities required = new Quantities();
    private final Quantities available;

    Headroom(Cluster cluster) {
        names = cluster.names;
        for (Role role : cluster.roles.topLevel()) {
            if (!role.quota.isNone()) {
                Quantities used = role.quotaConsumed();
                consumed.put(role, used);
                required.add(role.quota.guarantees.minus(used));
            }
        }
        // Free unreserved non-revocable resources, the only kind a guarantee can be met from.
        available = cluster.unreservedTotal.minus(cluster.roles.root().offeredOrAllocatedUnreserved);
    }

    /** Whether some role with frameworks is below its guarantees, so the quota stage must run. */
    boolean guaranteesUnmet() {
        for (Map.Entry<Role, Quantities> entry : consumed.entrySet()) {
            Role role = entry.getKey();
            if (role.frameworks > 0 && !role.quota.guarantees.minus(entry.getValue()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    Quantities unsatisfied(Role role) {
        Quantities used = consumed.get(role);
        return used == null ? new Quantities() : role.quota.guarantees.minus(used);
    }

    /** True when an offer in the fair-share stage needs no cutting and no charging. */
    boolean untouched(Role role) {
        return required.isEmpty() && role.quota.limits.isEmpty();
    }

    /**
     * The quota stage's offer: progress towards the guarantees always, the role's reservations and
     * non-scalar or revocable resources with it, and more up to the limits and the surplus headroom.
     * Empty when the agent has nothing that counts towards the guarantees.
     */
    Quote guaranteeOffer(Role role, Resources available) {
        Resources quotaResources = available.unreserved().nonRevocable().scalars();
        Resources guaranteed = Chop.toQuantities(quotaResources, unsatisfied(role), names);
        if (guaranteed.isEmpty()) {
            return new Quote(Resources.EMPTY, new Quantities(), new Quantities());
        }
        Quantities guaranteedAmounts = Quantities.of(guaranteed, names);
        Resources additional = quotaResources.minus(guaranteed);
        if (!role.quota.limits.isEmpty()) {
            additional = Chop.toLimits(additional,
                    role.quota.headroomUnderLimits(consumed(role).copy().add(guaranteedAmounts)), names);
        }
        additional = surplus(additional);
        Resources offer = guaranteed.plus(available.minus(quotaResources)).plus(additional);
        return new Quote(offer, guaranteedAmounts, Quantities.of(additional, names));
    }

    /** The fair-share stage's offer: all but unreserved scalars beyond the limits or the surplus headroom. */
    Quote fairShareOffer(Role role, Resources available) {
        Resources quotaResources = available.unreserved().nonRevocable().scalars();
        Resources additional = quotaResources;
        if (!role.quota.limits.isEmpty()) {
            additional = Chop.toLimits(additional, role.quota.headroomUnderLimits(consumed(role)), names);
        }
        additional = surplus(additional);
        Resources offer = additional == quotaResources ? available : available.minus(quotaResources).plus(additional);
        return new Quote(offer, new Quantities(), Quantities.of(additional, names));
    }

    /** Books an offer made in the quota stage. */
    void chargeGuaranteed(Role role, Quote quote) {
        Quantities increase = quote.guaranteed().copy().add(quote.additional());
        consumed(role).add(increase);
        required.subtract(quote.guaranteed());
        available.subtract(increase);
    }

    /** Books an offer made in the fair-share stage. */
    void chargeFairShare(Role role, Quote quote) {
        if (consumed.containsKey(role)) {
            consumed.get(role).add(quote.additional());
        }
        available.subtract(quote.additional());
    }

    private Quantities consumed(Role role) {
        return consumed.computeIfAbsent(role, r -> new Quantities());
    }

    // Leaves the required headroom free: what is offered beyond guarantees comes out of the surplus.
    private Resources surplus(Resources additional) {
        if (required.isEmpty() || additional.isEmpty()) {
            return additional;
        }
        return Chop.toQuantities(additional, available.minus(required), names);
    }
}
