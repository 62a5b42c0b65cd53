package io.osmos.master.state;

import java.util.concurrent.ScheduledFuture;

/**
 * An agent's health check as the master runs it: whether the last PING is still unanswered, how
 * many pings in a row went unanswered, and whether its transition to unreachable is scheduled.
 * The ping timer lives as long as the agent is admitted, connected or not: a disconnected agent
 * misses pings like an unresponsive one. Touched only on the master's actor.
 */
public final class AgentLiveness {
    private ScheduledFuture<?> timer;
    private boolean pinged;
    private int missed;
    private Runnable cancelMarking;

    /** Starts (or restarts) the ping timer and forgets earlier misses. */
    public void start(ScheduledFuture<?> next) {
        stop();
        timer = next;
        pinged = false;
        missed = 0;
    }

    public void stop() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** A PING went out; returns how many in a row are now unanswered before it. */
    public int pinged() {
        if (pinged) {
            missed++;
        }
        pinged = true;
        return missed;
    }

    /** A PONG came back (or the agent reregistered): the agent is alive. */
    public void alive() {
        pinged = false;
        missed = 0;
    }

    public int missed() {
        return missed;
    }

    public boolean markingUnreachable() {
        return cancelMarking != null;
    }

    /** @param cancel undoes the scheduled transition */
    public void markingUnreachable(Runnable cancel) {
        cancelMarking = cancel;
    }

    /** Cancels a scheduled transition to unreachable; true when one was pending. */
    public boolean cancelMarking() {
        Runnable cancel = cancelMarking;
        cancelMarking = null;
        if (cancel != null) {
            cancel.run();
            return true;
        }
        return false;
    }

    /** The scheduled transition happened. */
    public void marked() {
        cancelMarking = null;
    }
}
