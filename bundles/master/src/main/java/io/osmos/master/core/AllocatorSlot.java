package io.osmos.master.core;

import io.osmos.api.allocator.Allocator;
import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.runtime.actor.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the master talks to its allocator. It holds the instance in use and can replace it
 * with a fresh one seeded from the master's truth (the live swap): pause the old, initialize the new
 * and pause it, seed it, resume it, switch, release the old. Because all of it runs as one message on
 * the master's actor, events that arrive meanwhile wait in the mailbox and reach the new allocator
 * after its seed (offers come through an {@link OfferRelay}). An instance in use that throws, or
 * fails on its own thread, is replaced through the {@link AllocatorFallback}. All methods but
 * {@link #metrics()}, {@link #name()} and {@link #failures()} run on the actor.
 */
public final class AllocatorSlot {
    private static final Logger LOG = LoggerFactory.getLogger(AllocatorSlot.class);

    private final Actor actor;
    private final BiConsumer<FrameworkID, Map<String, Map<AgentID, Resources>>> offers;
    private final AllocatorFaults faults = new AllocatorFaults();
    private final SwapStats swaps = new SwapStats();
    private volatile InUse current;
    private long generation;

    /** @param offers what the master does with an allocation, run on its actor */
    AllocatorSlot(Actor actor, BiConsumer<FrameworkID, Map<String, Map<AgentID, Resources>>> offers) {
        this.actor = actor;
        this.offers = offers;
    }

    /**
     * Brings up {@code next} and makes it current; on failure the previous one resumes and stays.
     *
     * @param release gives the instance back (e.g. ungets the prototype service); called exactly once
     * @param origin the plugin's bundle, "symbolic-name version", for the log; or null
     * @param seed tells the new instance everything the master knows; runs while that instance is paused
     */
    Handover install(String name, Allocator next, Runnable release, String origin, AllocatorOptions options,
            Consumer<Allocator> seed) {
        long start = System.nanoTime();
        long cpu = CpuTime.now();
        InUse previous = current;
        String previousName = previous == null ? null : previous.name;
        if (previous != null) {
            call(previous, "pause", Allocator::pause, false);
        }
        InUse candidate = new InUse(name, next, release, origin);
        try {
            // A failure it reports from its own thread counts as if a call into it had thrown.
            next.initialize(options, new OfferRelay(actor, candidate, in -> current == in, offers,
                    (in, failure) -> faults.failed(in, "its own thread", failure, current == in)));
            next.pause(); // else a run the first framework triggers offers before all is known, quota included
            seed.accept(next);
            next.resume();
        } catch (RuntimeException | LinkageError e) {
            String reason = e.getMessage() != null && !(e instanceof LinkageError) ? e.getMessage() : e.toString();
            LOG.error("Allocator {} failed to start; {}", candidate.label(),
                    previous == null ? "none is in use" : "'" + previousName + "' stays in use", e);
            candidate.release();
            if (previous != null) {
                call(previous, "resume", Allocator::resume, false);
            }
            return recorded(name, previousName, start, cpu, reason);
        }
        current = candidate;
        generation++;
        Handover done = recorded(name, previousName, start, cpu, null);
        if (previous != null) {
            previous.release();
        }
        LOG.info("Allocator '{}' is in use{}", name, previousName == null ? "" : String.format(
                " instead of '%s', after pausing allocation for %.2f ms", previousName, done.pauseMillis()));
        return done;
    }

    /** The instance's service went away: stop using it. Until another is installed nothing is offered. */
    void drop(Allocator instance) {
        InUse in = current;
        if (in != null && in.allocator == instance) {
            retire(in);
            LOG.warn("Allocator '{}' went away; nothing is offered until another one is installed", in.name);
        }
    }

    /** The master stops: release the allocator in use. */
    void close() {
        InUse in = current;
        if (in != null) {
            retire(in);
        }
    }

    private void retire(InUse in) {
        current = null;
        generation++;
        call(in, "pause", Allocator::pause, false);
        in.release();
    }

    /** Changes whenever another instance (or none) becomes current; work begun under one may check it. */
    long generation() {
        return generation;
    }

    /** The name of the allocator in use, or null. Any thread. */
    public String name() {
        InUse in = current;
        return in == null ? null : in.name;
    }

    /** Calls into the allocator that threw. */
    public long failures() {
        return faults.count();
    }

    /** Who replaces the allocator in use when it throws; until one is set it stays in use. */
    void fallback(AllocatorFallback fallback) {
        faults.fallback(fallback);
    }

    /**
     * The allocator's own metrics (left out when it fails to give them) and the swap counters
     * ({@code allocator/swaps}, {@code allocator/swap_failures}, {@code allocator/swap_pause_ms}). Any thread.
     */
    public Map<String, Number> metrics() {
        Map<String, Number> metrics = new HashMap<>();
        InUse in = current;
        if (in != null) {
            try {
                metrics.putAll(in.allocator.metrics());
            } catch (RuntimeException | LinkageError e) {
                faults.failed(in, "metrics", e, false); // off the actor: the next call it fails in replaces it
            }
        }
        swaps.putInto(metrics);
        return metrics;
    }

    /** Makes one call into the allocator in use, if any; {@code what} names the method for the log. */
    void tell(String what, Consumer<Allocator> call) {
        InUse in = current;
        if (in != null) {
            call(in, what, call, true);
        }
    }

    private void call(InUse in, String what, Consumer<Allocator> call, boolean inUse) {
        Throwable failure = in.call(call);
        if (failure != null) {
            faults.failed(in, what, failure, inUse);
        }
    }

    /**
     * Asks the allocator in use to convert an agent's available resources; completes at once when
     * there is none, exceptionally when it refuses or throws.
     */
    CompletableFuture<Void> updateAvailable(AgentID agent, List<Offer.Operation> operations) {
        InUse in = current;
        if (in == null) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            return in.allocator.updateAvailable(agent, operations).toCompletableFuture();
        } catch (RuntimeException | LinkageError e) {
            faults.failed(in, "updateAvailable", e, true);
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

    private Handover recorded(String name, String previous, long start, long cpu, String failure) {
        Handover handover = new Handover(name, previous, System.nanoTime() - start, CpuTime.now() - cpu, failure);
        swaps.record(handover);
        return handover;
    }
}
