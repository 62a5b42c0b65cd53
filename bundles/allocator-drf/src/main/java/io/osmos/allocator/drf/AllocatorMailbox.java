package io.osmos.allocator.drf;

import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.actor.Actors;
import io.osmos.runtime.actor.HeldMessages;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The allocator's actor and the process it runs: the master's events are queued here and handled one
 * at a time, so the master's thread never waits and the state needs no locks. A new
 * {@code initialize} replaces the process, which discards all earlier state.
 */
final class AllocatorMailbox {
    private static final Logger LOG = LoggerFactory.getLogger(AllocatorMailbox.class);

    private final Actor actor = Actors.spawn("allocator-hierarchical", this::failed);
    private volatile OfferCallback callback; // the master's, from initialize
    private final AllocatorMetrics metrics = new AllocatorMetrics();
    private final Clock clock;
    private final Random random;
    private final boolean driven;
    private AllocatorProcess process; // touched only on the actor
    private volatile ScheduledFuture<?> ticker;
    /** Held while the master has the allocator paused: a swap's seed goes over in batches. */
    private final HeldMessages held = new HeldMessages(actor, 1024);

    AllocatorMailbox(Clock clock, Random random, boolean driven) {
        this.clock = clock;
        this.random = random;
        this.driven = driven;
    }

    void initialize(AllocatorOptions options, OfferCallback callback) {
        Objects.requireNonNull(options, "allocator options");
        Objects.requireNonNull(callback, "offer callback");
        this.callback = callback;
        cancelTicker();
        held.flush();
        actor.tell(() -> {
            if (process != null) {
                process.close();
            }
            process = new AllocatorProcess(options, callback, clock, random, actor, metrics);
            process.immediate = driven;
        });
        if (!driven) {
            ticker = actor.every(options.allocationInterval(), () -> {
                if (process != null) {
                    process.requestAllocation();
                }
            });
        }
    }

    /** Queues an event; an event before {@code initialize} fails on the actor and is logged there. */
    void dispatch(Consumer<AllocatorProcess> event) {
        metrics.eventQueued();
        held.tell(() -> {
            metrics.eventDispatched();
            AllocatorProcess current = initialized();
            current.stale();
            event.accept(current);
        });
    }

    /** Pauses allocation; until {@link #resume}, events are handed to the actor in batches. */
    void pause() {
        dispatch(AllocatorProcess::pause);
        held.hold();
    }

    /** Delivers what was held and resumes allocation, which runs at once on everything that came meanwhile. */
    void resume() {
        held.flush();
        dispatch(AllocatorProcess::resume);
    }

    /** Queues an event after which there may be something new to offer. */
    void dispatchAndAllocate(Consumer<AllocatorProcess> event) {
        dispatch(p -> {
            event.accept(p);
            p.requestAllocation();
        });
    }

    /** Runs a call on the actor after every event queued so far; it completes with the call's result. */
    <T> CompletableFuture<T> ask(Function<AllocatorProcess, T> call) {
        held.handOver();
        return actor.ask(() -> call.apply(initialized()));
    }

    long nowNanos() {
        return AllocatorProcess.nanos(clock);
    }

    Map<String, Number> metrics() {
        return metrics.snapshot();
    }

    /** Stops the actor and its timers for good; calling it again does nothing. */
    void stop() {
        cancelTicker();
        actor.stop();
    }

    private void cancelTicker() {
        ScheduledFuture<?> current = ticker;
        if (current != null) {
            current.cancel(false);
        }
    }

    // Something threw on the actor (an event, a run): this allocator's books may no longer match the
    // master's, so the master is told, and replaces it with one seeded from its own.
    private void failed(Throwable failure) {
        OfferCallback master = callback;
        if (master == null) {
            LOG.error("The hierarchical allocator failed before it was initialized", failure);
            return;
        }
        master.failed(failure);
    }

    private AllocatorProcess initialized() {
        if (process == null) {
            throw new IllegalStateException("The hierarchical allocator was called before initialize");
        }
        return process;
    }
}
