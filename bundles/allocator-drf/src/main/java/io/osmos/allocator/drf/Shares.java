package io.osmos.allocator.drf;

import java.util.Set;

/**
 * The cluster total that dominant shares are measured against, shared by every sorter of one
 * allocator. Sorters remember the {@link #version()} their order was computed at and re-sort lazily
 * when it moves, so adding ten thousand agents costs ten thousand additions, not ten thousand sorts.
 */
final class Shares {
    private final Quantities total = new Quantities();
    private final ResourceNames names;
    private final Set<String> excluded;
    private boolean[] fair = new boolean[0];
    private long version;

    Shares(ResourceNames names, Set<String> excludedNames) {
        this.names = names;
        this.excluded = Set.copyOf(excludedNames);
    }

    void add(Quantities quantities) {
        total.add(quantities);
        version++;
    }

    void subtract(Quantities quantities) {
        total.subtract(quantities);
        version++;
    }

    Quantities total() {
        return total;
    }

    long version() {
        return version;
    }

    /**
     * Mesos's dominant share: the largest fraction of the cluster total held of any scalar resource,
     * leaving out the names excluded from fair sharing ({@code --fair_sharing_excluded_resource_names}).
     */
    double dominant(Quantities allocation) {
        int width = Math.min(total.width(), allocation.width());
        if (fair.length < total.width()) {
            refreshFairNames();
        }
        double share = 0.0;
        for (int i = 0; i < width; i++) {
            long available = total.get(i);
            if (available > 0 && fair[i]) {
                share = Math.max(share, (double) allocation.get(i) / available);
            }
        }
        return share;
    }

    private void refreshFairNames() {
        fair = new boolean[names.size()];
        for (int i = 0; i < fair.length; i++) {
            fair[i] = !excluded.contains(names.name(i));
        }
    }
}
