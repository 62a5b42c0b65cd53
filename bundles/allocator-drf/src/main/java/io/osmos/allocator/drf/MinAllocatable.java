package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether resources are worth offering (Mesos {@code --min_allocatable_resources}): they must reach at
 * least one alternative of minimum amounts. A framework's own {@code offer_filters} for a role replace
 * the master-wide alternatives; an empty list of alternatives allows anything that is not empty. As in
 * Mesos, ranges and sets count their members, so {@code ports:2} asks for two ports.
 */
final class MinAllocatable {
    private final List<Quantities> defaults;
    private final ResourceNames names;

    MinAllocatable(List<Resources> alternatives, ResourceNames names) {
        this.names = names;
        List<Quantities> converted = new ArrayList<>();
        for (Resources alternative : alternatives) {
            Quantities minimum = new Quantities();
            for (String name : alternative.names()) {
                minimum.set(names.number(name), amount(alternative, name));
            }
            converted.add(minimum);
        }
        this.defaults = List.copyOf(converted);
    }

    boolean allows(Resources resources, FrameworkRole tracked) {
        return tracked.minimums == null ? allowsByDefault(resources) : reaches(resources, tracked.minimums);
    }

    /** {@link #allows} for a framework without minimums of its own, whose verdict can be cached. */
    boolean allowsByDefault(Resources resources) {
        return reaches(resources, defaults);
    }

    private boolean reaches(Resources resources, List<Quantities> alternatives) {
        if (resources.isEmpty()) {
            return false;
        }
        if (alternatives.isEmpty()) {
            return true;
        }
        for (Quantities minimum : alternatives) {
            if (reaches(resources, minimum)) {
                return true;
            }
        }
        return false;
    }

    private boolean reaches(Resources resources, Quantities minimum) {
        for (int name = 0; name < minimum.width(); name++) {
            long wanted = minimum.get(name);
            if (wanted > 0 && amount(resources, names.name(name)) < wanted) {
                return false;
            }
        }
        return true;
    }

    /** Thousandths of a scalar, or a thousand per member of a range or set. */
    private static long amount(Resources resources, String name) {
        long scalar = Math.round(resources.scalar(name) * 1000.0);
        if (scalar > 0) {
            return scalar;
        }
        long members = resources.ranges(name).size();
        if (members == 0 && resources.size() > 0) {
            members = resources.set(name).size();
        }
        return members * 1000L;
    }
}
