package io.osmos.master.core;

import io.osmos.api.allocator.Allocator;
import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.runtime.actor.Actor;
import io.osmos.protocol.v1.Protos.Offer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the master talks to its allocator. It holds the instance in use and can replace it
 * with a fresh one seeded from the master's truth (the live swap): pause the old, initialize and seed
 * the new, switch, release the old. Offers arrive on the allocator's thread and are re-enqueued on the
 * master's actor; those from an instance that is no longer current are ignored. A call that throws is
 * logged and counted, never fatal: the master's state stays the truth. All methods but
 * {@link #metrics()} and {@link #name()} run on the master's actor.
 */
public final class AllocatorSlot {
    private static final Logger LOG = LoggerFactory.getLogger(AllocatorSlot.class);

    private record Installed(String name, Allocator allocator, Runnable release) {
    }

    private final Actor actor;
    private final BiConsumer<FrameworkID, Map<String, Map<AgentID, Resources>>> offers;
    private final AtomicLong failures = new AtomicLong();
    private volatile Installed current;

    /** @param offers what the master does with an allocation, run on its actor */
    AllocatorSlot(Actor actor, BiConsumer<FrameworkID, Map<String, Map<AgentID, Resources>>> offers) {
        this.actor = actor;
        this.offers = offers;
    }

    /**
     * Brings up {@code next} and makes it current; on failure the previous one stays.
     *
     * @param release gives the instance back (e.g. ungets the prototype service); called exactly once
     * @param seed tells the new instance everything the master knows
     */
    boolean install(String name, Allocator next, Runnable release, AllocatorOptions options,
            Consumer<Allocator> seed) {
        Installed previous = current;
        if (previous != null) {
            quietly(previous, Allocator::pause, "pause");
        }
        Installed candidate = new Installed(name, next, release);
        try {
            next.initialize(options, callback(candidate));
            seed.accept(next);
        } catch (RuntimeException e) {
            LOG.error("Allocator '{}' failed to start; {}", name,
                    previous == null ? "none is in use" : "'" + previous.name + "' stays in use", e);
            releaseQuietly(candidate);
            if (previous != null) {
                quietly(previous, Allocator::resume, "resume");
            }
            return false;
        }
        current = candidate;
        if (previous != null) {
            releaseQuietly(previous);
        }
        LOG.info("Allocator '{}' is in use", name);
        return true;
    }

    /** The instance's service went away: stop using it. Until another is installed nothing is offered. */
    void drop(Allocator instance) {
        Installed in = current;
        if (in != null && in.allocator == instance) {
            retire(in);
            LOG.warn("Allocator '{}' went away; no offers are made until another allocator is installed", in.name);
        }
    }

    /** The master stops: release the allocator in use. */
    void close() {
        Installed in = current;
        if (in != null) {
            retire(in);
        }
    }

    private void retire(Installed in) {
        current = null;
        quietly(in, Allocator::pause, "pause");
        releaseQuietly(in);
    }

    /** The name of the allocator in use, or null. Any thread. */
    public String name() {
        Installed in = current;
        return in == null ? null : in.name;
    }

    /** Calls into the allocator that threw. */
    public long failures() {
        return failures.get();
    }

    /** The allocator's own metrics; empty when none is in use or it fails. Any thread. */
    public Map<String, Number> metrics() {
        Installed in = current;
        if (in == null) {
            return Map.of();
        }
        try {
            return Map.copyOf(in.allocator.metrics());
        } catch (RuntimeException e) {
            LOG.warn("Allocator '{}' failed to report metrics", in.name, e);
            return Map.of();
        }
    }

    /**
     * Makes one call into the allocator in use, if any; a throw is logged and counted, never fatal.
     *
     * @param what the method called, for the log
     */
    void tell(String what, Consumer<Allocator> call) {
        Installed in = current;
        if (in != null) {
            quietly(in, call, what);
        }
    }

    /**
     * Asks the allocator in use to convert an agent's available resources; completes at once when
     * there is none, exceptionally when it refuses or throws.
     */
    CompletableFuture<Void> updateAvailable(AgentID agent, List<Offer.Operation> operations) {
        Installed in = current;
        if (in == null) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            return in.allocator.updateAvailable(agent, operations).toCompletableFuture();
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            LOG.warn("Allocator '{}' failed in updateAvailable", in.name, e);
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Hands resources back, one call per allocation role as the allocator expects. */
    void recoverResources(FrameworkID framework, AgentID agent, Resources resources, Optional<Filters> filters,
            boolean allocated) {
        for (Resources part : ResourceRoles.byRole(resources)) {
            tell("recoverResources", a -> a.recoverResources(framework, agent, part, filters, allocated));
        }
    }

    private OfferCallback callback(Installed owner) {
        return (framework, allocation) -> {
            Map<String, Map<AgentID, Resources>> copy = new HashMap<>();
            allocation.forEach((role, byAgent) -> copy.put(role, Map.copyOf(byAgent)));
            actor.tell(() -> {
                if (current == owner) {
                    offers.accept(framework, copy);
                }
            });
        };
    }

    private void quietly(Installed in, Consumer<Allocator> operation, String what) {
        try {
            operation.accept(in.allocator);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            LOG.warn("Allocator '{}' failed in {}", in.name, what, e);
        }
    }

    private static void releaseQuietly(Installed in) {
        try {
            in.release.run();
        } catch (RuntimeException e) {
            LOG.warn("Releasing allocator '{}' failed", in.name, e);
        }
    }
}
