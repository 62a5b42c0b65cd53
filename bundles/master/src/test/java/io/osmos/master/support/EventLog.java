package io.osmos.master.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/** Events as they arrive on a stream; a test takes the ones it waits for, in order, within a deadline. */
public final class EventLog<T> {
    private final List<T> pending = new ArrayList<>();
    private final List<T> all = new ArrayList<>();
    private boolean ended;

    synchronized void add(T event) {
        pending.add(event);
        all.add(event);
        notifyAll();
    }

    synchronized void end() {
        ended = true;
        notifyAll();
    }

    /** Takes the first pending event that matches, waiting up to ten seconds for it. */
    public T await(String what, Predicate<T> matches) {
        return await(what, matches, Duration.ofSeconds(10));
    }

    public synchronized T await(String what, Predicate<T> matches, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Iterator<T> it = pending.iterator(); it.hasNext(); ) {
                T event = it.next();
                if (matches.test(event)) {
                    it.remove();
                    return event;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || ended) {
                throw new AssertionError((ended ? "Stream ended" : "Timed out") + " waiting for " + what
                        + "; received: " + all);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what, e);
            }
        }
    }

    /** True once the stream has ended (the server closed it). Waits up to ten seconds for that. */
    public synchronized boolean awaitEnd() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Every event received so far, taken or not. */
    public synchronized List<T> all() {
        return List.copyOf(all);
    }
}
