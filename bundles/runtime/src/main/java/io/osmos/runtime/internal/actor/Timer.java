package io.osmos.runtime.internal.actor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A delayed or periodic message to an actor. The timer thread only posts the message; the action
 * runs on the actor. Cancelling from the actor itself is exact: a firing already in the mailbox
 * checks the flag before it runs, so a cancelled timeout never fires late.
 */
public final class Timer implements ScheduledFuture<Void> {
    private final Executor actor;
    private final Runnable action;
    private final boolean periodic;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    // A slow actor gets one pending tick, not a backlog of them.
    private final AtomicBoolean tickQueued = new AtomicBoolean();
    private volatile ScheduledFuture<?> trigger;

    public Timer(Executor actor, Runnable action, boolean periodic) {
        this.actor = actor;
        this.action = action;
        this.periodic = periodic;
    }

    /** Attaches the timer-thread task that drives this timer. */
    public void arm(ScheduledFuture<?> trigger) {
        this.trigger = trigger;
        if (done.isDone()) {
            trigger.cancel(false);
        }
    }

    /** Called on the timer thread when the delay or period elapses. */
    public void trigger() {
        if (done.isDone()) {
            return;
        }
        if (!periodic) {
            actor.execute(this::fire);
        } else if (tickQueued.compareAndSet(false, true)) {
            actor.execute(() -> {
                tickQueued.set(false);
                fire();
            });
        }
    }

    /** Completes when the timer has fired (one-shot) or is cancelled. */
    public CompletableFuture<Void> completion() {
        return done;
    }

    private void fire() {
        if (done.isDone()) {
            return;
        }
        try {
            action.run();
            if (!periodic) {
                done.complete(null);
            }
        } catch (RuntimeException | Error e) {
            if (!periodic) {
                done.completeExceptionally(e);
            }
            throw e; // the actor logs it
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = done.cancel(false);
        ScheduledFuture<?> t = trigger;
        if (t != null) {
            t.cancel(false);
        }
        return cancelled;
    }

    @Override
    public boolean isCancelled() {
        return done.isCancelled();
    }

    @Override
    public boolean isDone() {
        return done.isDone();
    }

    @Override
    public Void get() throws InterruptedException, ExecutionException {
        return done.get();
    }

    @Override
    public Void get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return done.get(timeout, unit);
    }

    @Override
    public long getDelay(TimeUnit unit) {
        ScheduledFuture<?> t = trigger;
        return t == null || done.isDone() ? 0 : t.getDelay(unit);
    }

    @Override
    public int compareTo(Delayed other) {
        return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }
}
