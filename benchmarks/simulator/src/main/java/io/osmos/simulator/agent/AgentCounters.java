package io.osmos.simulator.agent;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What a fleet of simulated agents did, shared by all of them; safe from any thread. */
public final class AgentCounters {
    private static final int KEPT_FAILURES = 10;

    final AtomicInteger registered = new AtomicInteger();
    final AtomicInteger disconnected = new AtomicInteger();
    final AtomicLong tasksLaunched = new AtomicLong();
    final AtomicLong updatesSent = new AtomicLong();
    final AtomicLong updatesResent = new AtomicLong();
    final AtomicLong pongs = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    private final ConcurrentLinkedQueue<String> firstFailures = new ConcurrentLinkedQueue<>();

    void failed(String what) {
        if (failures.incrementAndGet() <= KEPT_FAILURES) {
            firstFailures.add(what);
        }
    }

    public int registered() {
        return registered.get();
    }

    public int disconnected() {
        return disconnected.get();
    }

    public long tasksLaunched() {
        return tasksLaunched.get();
    }

    public long updatesSent() {
        return updatesSent.get();
    }

    public long updatesResent() {
        return updatesResent.get();
    }

    public long failures() {
        return failures.get();
    }

    /** The first few failures, for the report. */
    public String firstFailures() {
        return String.join("; ", firstFailures);
    }

    @Override
    public String toString() {
        return "registered=" + registered + " disconnected=" + disconnected + " launched=" + tasksLaunched
                + " updates=" + updatesSent + " resent=" + updatesResent + " pongs=" + pongs + " failures=" + failures;
    }
}
