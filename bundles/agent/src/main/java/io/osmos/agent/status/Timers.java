package io.osmos.agent.status;

import io.osmos.runtime.actor.Actor;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * Delayed actions that run on the caller's own actor. The status update manager takes this rather
 * than an actor so that its retry schedule can be stepped through exactly.
 */
@FunctionalInterface
public interface Timers {
    /** Runs the action after the delay unless cancelled; the returned handle cancels it. */
    Runnable schedule(Duration delay, Runnable action);

    /** Timers of an actor: the action runs as one of its messages. */
    static Timers of(Actor actor) {
        return (delay, action) -> {
            ScheduledFuture<?> timer = actor.delay(delay, action);
            return () -> timer.cancel(false);
        };
    }
}
