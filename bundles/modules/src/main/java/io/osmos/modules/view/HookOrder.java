package io.osmos.modules.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order hooks are called in, as the hook package documents it: hooks named in the configured
 * {@code hooks} list first, in that order; the rest by service.ranking, highest first, then oldest
 * registration (lowest service id) first.
 */
public final class HookOrder {
    private static final Comparator<ModuleEntry> RANKED = Comparator.comparingInt(ModuleEntry::ranking).reversed()
            .thenComparingLong(ModuleEntry::serviceId);

    private HookOrder() {
    }

    public static List<ModuleEntry> sort(List<ModuleEntry> hooks, List<String> configured) {
        List<ModuleEntry> rest = new ArrayList<>(hooks);
        rest.sort(RANKED);
        List<ModuleEntry> ordered = new ArrayList<>();
        for (String name : configured) {
            // several services may share a name: they keep their ranked order among themselves
            for (ModuleEntry hook : List.copyOf(rest)) {
                if (name.equals(hook.name())) {
                    ordered.add(hook);
                    rest.remove(hook);
                }
            }
        }
        ordered.addAll(rest);
        return ordered;
    }
}
