package io.osmos.agent.master;

import io.osmos.runtime.actor.Actor;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * Notices a master that went silent without closing the stream (a partition, a hung process): a
 * master pings every heartbeat interval, so several intervals without any event mean it is gone.
 * Used on the agent's actor only.
 */
final class PingWatchdog {
    private final Actor actor;
    private Duration timeout;
    private Runnable expired;
    private ScheduledFuture<?> timer;

    PingWatchdog(Actor actor) {
        this.actor = actor;
    }

    /** Starts watching; {@code expired} runs on the actor if no {@link #kick} comes within the timeout. */
    void arm(Duration timeout, Runnable expired) {
        this.timeout = timeout;
        this.expired = expired;
        kick();
    }

    /** Something arrived from the master: the countdown starts over. */
    void kick() {
        cancelTimer();
        if (timeout != null) {
            Runnable action = expired;
            timer = actor.delay(timeout, action);
        }
    }

    void disarm() {
        timeout = null;
        expired = null;
        cancelTimer();
    }

    Duration timeout() {
        return timeout;
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
