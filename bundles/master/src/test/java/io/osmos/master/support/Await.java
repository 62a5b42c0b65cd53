package io.osmos.master.support;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Bounded polling for conditions that change on other threads (the master's actor, the allocator). */
public final class Await {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Await() {
    }

    /** Polls until the supplier yields a value that matches; fails naming what was awaited and the last value. */
    public static <T> T until(String what, Supplier<T> value, Predicate<T> matches) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        T last = value.get();
        while (!matches.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what + "; last seen: " + last);
            }
            LockSupport.parkNanos(2_000_000);
            last = value.get();
        }
        return last;
    }

    /** Polls until the supplier yields a present value. */
    public static <T> T present(String what, Supplier<Optional<T>> value) {
        return until(what, value, Optional::isPresent).orElseThrow();
    }
}
