package io.osmos.master.core;

import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.runtime.actor.Actor;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The callback an allocator instance offers through. Offers arrive on the allocator's thread and are
 * re-enqueued on the master's actor; those from an instance that is no longer current by then are
 * dropped (its successor was seeded without them, so it holds those resources free).
 */
final class OfferRelay {
    private OfferRelay() {
    }

    static OfferCallback of(Actor actor, InUse owner, Predicate<InUse> current,
            BiConsumer<FrameworkID, Map<String, Map<AgentID, Resources>>> offers) {
        return (framework, allocation) -> {
            // the allocator may reuse its maps once the call returns
            Map<String, Map<AgentID, Resources>> copy = new HashMap<>();
            allocation.forEach((role, byAgent) -> copy.put(role, Map.copyOf(byAgent)));
            actor.tell(() -> {
                if (current.test(owner)) {
                    offers.accept(framework, copy);
                }
            });
        };
    }
}
