package io.osmos.agent.gc;

import io.osmos.runtime.actor.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ScheduledFuture;

/** One timer, always set for the earliest pending removal, as the Mesos collector keeps it. Actor-confined. */
final class RemovalTimer {
    private final Actor actor;
    private final InstantSource clock;
    private ScheduledFuture<?> timer;

    RemovalTimer(Actor actor, InstantSource clock) {
        this.actor = actor;
        this.clock = clock;
    }

    /** Replaces the timer: runs the action on the actor at the instant (now if it has passed), or never. */
    void set(Instant next, Runnable action) {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        if (next != null) {
            Duration wait = Duration.between(clock.instant(), next);
            timer = actor.delay(wait.isNegative() ? Duration.ZERO : wait, action);
        }
    }
}
