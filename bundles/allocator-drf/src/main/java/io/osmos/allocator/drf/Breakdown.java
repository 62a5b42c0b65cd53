package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import java.util.function.Function;

/**
 * The scalar amounts of some resources split the ways the allocator counts them: everything (for
 * dominant shares), the reserved part and the unreserved non-revocable part (for quota).
 */
record Breakdown(Quantities all, Quantities reserved, Quantities unreserved) {

    /** For any resources: finds the names itself. */
    static Breakdown of(Resources resources, ResourceNames names) {
        return of(resources, scalars -> Quantities.of(scalars, names));
    }

    /**
     * For resources on an agent, whose scalar names are those of its total: asking for each name is
     * much cheaper than collecting the names, and this runs for every offer and every decline.
     */
    static Breakdown of(Resources resources, ResourceNames names, int[] scalarNames) {
        return of(resources, scalars -> {
            Quantities quantities = new Quantities();
            for (int name : scalarNames) {
                double amount = scalars.scalar(names.name(name));
                if (amount > 0) {
                    quantities.set(name, Math.round(amount * 1000.0));
                }
            }
            return quantities;
        });
    }

    private static Breakdown of(Resources resources, Function<Resources, Quantities> amounts) {
        Quantities all = amounts.apply(resources);
        Resources reserved = resources.reserved();
        Resources revocable = resources.revocable();
        if (reserved.isEmpty() && revocable.isEmpty()) {
            return new Breakdown(all, new Quantities(), all);
        }
        Quantities reservedAmounts = reserved.isEmpty() ? new Quantities() : amounts.apply(reserved);
        Quantities unreserved = all.minus(reservedAmounts);
        if (!revocable.isEmpty()) {
            unreserved.subtract(amounts.apply(revocable));
        }
        return new Breakdown(all, reservedAmounts, unreserved);
    }
}
