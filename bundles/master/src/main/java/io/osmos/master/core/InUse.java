package io.osmos.master.core;

import io.osmos.api.allocator.Allocator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One allocator instance the master installed, with its name and the way to give it back. A call that
 * throws is logged and counted, never fatal: the master's own state remains the truth.
 */
final class InUse {
    private static final Logger LOG = LoggerFactory.getLogger(InUse.class);

    final String name;
    final Allocator allocator;
    private final Runnable release;
    private final AtomicLong failures;

    InUse(String name, Allocator allocator, Runnable release, AtomicLong failures) {
        this.name = name;
        this.allocator = allocator;
        this.release = release;
        this.failures = failures;
    }

    /** @param what the method called, for the log */
    void call(Consumer<Allocator> call, String what) {
        try {
            call.accept(allocator);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            LOG.warn("Allocator '{}' failed in {}", name, what, e);
        }
    }

    /** Gives the instance back (e.g. ungets the prototype service); a failure is only logged. */
    void release() {
        try {
            release.run();
        } catch (RuntimeException e) {
            LOG.warn("Releasing allocator '{}' failed", name, e);
        }
    }
}
