package io.osmos.modules.view;

import java.util.Optional;

/** Module entries for tests: only the name, ranking and service id matter to ordering and selection. */
final class Entries {
    private Entries() {
    }

    static ModuleEntry module(String name, int ranking, long serviceId) {
        return new ModuleEntry(name, "org.example." + (name == null ? "unnamed" : name), "1.0.0", serviceId + 100,
                "ACTIVE", serviceId, ranking, "singleton", Optional.empty());
    }
}
