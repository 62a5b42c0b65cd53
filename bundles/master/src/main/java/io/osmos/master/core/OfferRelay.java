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
 * dropped (its successor was seeded without them, so it holds those resources free). Failures the
 * allocator reports from its own thread are re-enqueued the same way.
 */
final class OfferRelay implements OfferCallback {
    private final Actor actor;
    private final InUse owner;
    private final Predicate<InUse> current;
    private final BiConsumer<FrameworkID, Map<String, Map<AgentID, Resources>>> offers;
    private final BiConsumer<InUse, Throwable> failures;

    /**
     * @param offers what the master does with an offer of the current instance, on its actor
     * @param failures what the master does with a failure the instance reports, on its actor
     */
    OfferRelay(Actor actor, InUse owner, Predicate<InUse> current,
            BiConsumer<FrameworkID, Map<String, Map<AgentID, Resources>>> offers,
            BiConsumer<InUse, Throwable> failures) {
        this.actor = actor;
        this.owner = owner;
        this.current = current;
        this.offers = offers;
        this.failures = failures;
    }

    @Override
    public void offers(FrameworkID framework, Map<String, Map<AgentID, Resources>> allocation) {
        // the allocator may reuse its maps once the call returns
        Map<String, Map<AgentID, Resources>> copy = new HashMap<>();
        allocation.forEach((role, byAgent) -> copy.put(role, Map.copyOf(byAgent)));
        actor.tell(() -> {
            if (current.test(owner)) {
                offers.accept(framework, copy);
            }
        });
    }

    @Override
    public void failed(Throwable cause) {
        actor.tell(() -> failures.accept(owner, cause));
    }
}
