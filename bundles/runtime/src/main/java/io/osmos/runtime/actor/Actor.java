package io.osmos.runtime.actor;

import io.osmos.runtime.internal.actor.ActorThreads;
import io.osmos.runtime.internal.actor.Mailbox;
import io.osmos.runtime.internal.actor.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A serial executor: messages run one at a time, in the order they were sent, never on two threads
 * at once, on threads the platform owns. State touched only from an actor's messages needs no lock.
 * A message that throws is logged under the actor's name, or handed to the actor's failure handler
 * when it has one; either way the actor carries on with the next one.
 * Messages must not block. As an {@link Executor} an actor can continue a future on itself:
 * {@code future.thenAcceptAsync(result -> ..., actor)}.
 */
@ProviderType
public final class Actor implements Executor {
    private final String name;
    private final Mailbox mailbox;
    private final Set<Timer> timers = ConcurrentHashMap.newKeySet();

    public Actor(String name) {
        this(name, null);
    }

    /**
     * @param onFailure given, on this actor, whatever a message threw (a timer's included, not an
     *     {@link #ask}'s, whose future fails instead), in place of the log entry; null to log. A
     *     handler that throws is logged with the failure it was given.
     * @since 1.2
     */
    public Actor(String name, Consumer<Throwable> onFailure) {
        this.name = Objects.requireNonNull(name, "name");
        this.mailbox = new Mailbox(name, onFailure);
    }

    public String name() {
        return name;
    }

    /** Sends a message; ignored once the actor is stopped. */
    public void tell(Runnable message) {
        mailbox.post(Objects.requireNonNull(message, "message"), null);
    }

    /** Same as {@link #tell}, so an actor can be passed wherever an executor is wanted. */
    @Override
    public void execute(Runnable message) {
        tell(message);
    }

    /**
     * Runs the call on this actor; the future completes with its result or the exception it threw,
     * or fails with IllegalStateException if the actor stops first.
     */
    public <T> CompletableFuture<T> ask(Callable<T> call) {
        Objects.requireNonNull(call, "call");
        CompletableFuture<T> result = new CompletableFuture<>();
        mailbox.post(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, result);
        return result;
    }

    /** Starts the call on this actor; the future follows the stage it returns. */
    public <T> CompletableFuture<T> askAsync(Supplier<? extends CompletionStage<T>> call) {
        Objects.requireNonNull(call, "call");
        CompletableFuture<T> result = new CompletableFuture<>();
        mailbox.post(() -> {
            try {
                call.get().whenComplete((value, failure) -> {
                    if (failure == null) {
                        result.complete(value);
                    } else {
                        boolean wrapped = failure instanceof CompletionException && failure.getCause() != null;
                        result.completeExceptionally(wrapped ? failure.getCause() : failure);
                    }
                });
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, result);
        return result;
    }

    /**
     * Runs the message on this actor once the delay has passed. Cancelling from the actor itself
     * is exact: the message will not run even if its time has already come.
     */
    public ScheduledFuture<?> delay(Duration delay, Runnable message) {
        Timer timer = track(new Timer(this, Objects.requireNonNull(message, "message"), false));
        timer.arm(ActorThreads.schedule(timer::trigger, delay.toNanos()));
        return timer;
    }

    /**
     * Runs the message on this actor every period until cancelled or the actor stops. A slow actor
     * gets at most one pending tick rather than a backlog. The future completes only by cancellation.
     */
    public ScheduledFuture<?> every(Duration period, Runnable message) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("Timer period must be positive, got " + period);
        }
        Timer timer = track(new Timer(this, Objects.requireNonNull(message, "message"), true));
        timer.arm(ActorThreads.scheduleAtFixedRate(timer::trigger, period.toNanos()));
        return timer;
    }

    /** True when called from one of this actor's own messages. */
    public boolean isCurrent() {
        return mailbox.isCurrent();
    }

    public boolean isStopped() {
        return mailbox.isStopped();
    }

    /**
     * Stops the actor: pending messages are dropped (pending asks fail), timers are cancelled and
     * later messages are ignored. A message already running finishes. Calling it again does nothing.
     */
    public void stop() {
        mailbox.stop();
        timers.forEach(timer -> timer.cancel(false));
    }

    @Override
    public String toString() {
        return "Actor(" + name + ")";
    }

    private Timer track(Timer timer) {
        timers.add(timer);
        timer.completion().whenComplete((ignored, failure) -> timers.remove(timer));
        if (mailbox.isStopped()) {
            timer.cancel(false);
        }
        return timer;
    }
}
