package io.osmos.master.core;

import io.osmos.api.allocator.Allocator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One allocator instance the master installed, with its name, where it came from and the way to give
 * it back. A call that throws is never fatal: the master's own state remains the truth.
 */
final class InUse {
    private static final Logger LOG = LoggerFactory.getLogger(InUse.class);

    final String name;
    final Allocator allocator;
    private final String origin;
    private final Runnable release;
    // Each instance's first failure is the one worth a warning; later ones would flood the log.
    private final AtomicBoolean failed = new AtomicBoolean();

    /** @param origin the plugin's bundle, "symbolic-name version", or null when not known */
    InUse(String name, Allocator allocator, Runnable release, String origin) {
        this.name = name;
        this.allocator = allocator;
        this.release = release;
        this.origin = origin;
    }

    /**
     * Makes one call; returns what it threw, or null. A plugin fails with an exception or, when its
     * bundle does not link (a missing class, an API it was not built for), a LinkageError: both are
     * its failure, not the master's.
     */
    Throwable call(Consumer<Allocator> call) {
        try {
            call.accept(allocator);
            return null;
        } catch (RuntimeException | LinkageError e) {
            return e;
        }
    }

    /** True for this instance's first failure only. Any thread. */
    boolean firstFailure() {
        return failed.compareAndSet(false, true);
    }

    /** The name in quotes, with the plugin's bundle and version when known, for the log. */
    String label() {
        return origin == null ? "'" + name + "'" : "'" + name + "' (" + origin + ")";
    }

    /** Gives the instance back (e.g. ungets the prototype service); a failure is only logged. */
    void release() {
        try {
            release.run();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Releasing allocator {} failed", label(), e);
        }
    }
}
