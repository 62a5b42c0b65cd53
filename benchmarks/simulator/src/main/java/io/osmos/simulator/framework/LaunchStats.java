package io.osmos.simulator.framework;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One framework's launches: when each task's ACCEPT was sent and when its TASK_RUNNING arrived.
 * Written on the framework's event loop; the volatile counters publish the arrays to readers.
 */
public final class LaunchStats {
    private static final int KEPT_FAILURES = 10;

    private final long[] acceptedNanos;
    private final long[] latencyNanos;
    private final ConcurrentLinkedQueue<String> firstFailures = new ConcurrentLinkedQueue<>();
    private volatile int running;
    private volatile int failed;
    private volatile int problems;
    private volatile long firstAcceptNanos;
    private volatile long lastRunningNanos;

    LaunchStats(int tasks) {
        acceptedNanos = new long[tasks];
        latencyNanos = new long[tasks];
    }

    void accepted(int task, long nanos) {
        if (firstAcceptNanos == 0) {
            firstAcceptNanos = nanos;
        }
        acceptedNanos[task] = nanos;
    }

    /** @return false when the task had already been counted (a resent update) */
    boolean running(int task, long nanos) {
        if (latencyNanos[task] != 0 || acceptedNanos[task] == 0) {
            return false;
        }
        latencyNanos[task] = Math.max(1, nanos - acceptedNanos[task]);
        lastRunningNanos = nanos;
        running++; // single writer: the framework's event loop
        return true;
    }

    /** A task that will never run. */
    void failed(String why) {
        keep(why);
        failed++; // single writer: the framework's event loop
    }

    /** Something else went wrong: a refused call, a lost stream. */
    void problem(String why) {
        keep(why);
        problems++;
    }

    private void keep(String why) {
        if (firstFailures.size() < KEPT_FAILURES) {
            firstFailures.add(why);
        }
    }

    public int running() {
        return running;
    }

    public int failed() {
        return failed;
    }

    public int problems() {
        return problems;
    }

    public int tasks() {
        return acceptedNanos.length;
    }

    long firstAcceptNanos() {
        return firstAcceptNanos;
    }

    long lastRunningNanos() {
        return lastRunningNanos;
    }

    String firstFailures() {
        return String.join("; ", firstFailures);
    }

    /** Copies the measured latencies into {@code into} from {@code at}; returns how many. */
    int latencies(long[] into, int at) {
        int n = 0;
        for (long latency : latencyNanos) {
            if (latency != 0) {
                into[at + n++] = latency;
            }
        }
        return n;
    }
}
