package io.osmos.master.core;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the master does when its allocator throws, or reports a failure on its own thread: counts every
 * failure ({@code master/allocator_failures}), warns once per instance naming the plugin's bundle
 * (later failures at debug level) and, for the instance in use, asks the fallback for a replacement so
 * offers keep flowing.
 */
final class AllocatorFaults {
    private static final Logger LOG = LoggerFactory.getLogger(AllocatorSlot.class);

    private final AtomicLong failures = new AtomicLong();
    private volatile AllocatorFallback fallback = failed -> Optional.empty();

    void fallback(AllocatorFallback next) {
        fallback = next;
    }

    long count() {
        return failures.get();
    }

    /**
     * A call into {@code in} threw.
     *
     * @param inUse whether {@code in} serves the master now (rather than being paused for a hand-over or
     *     asked for metrics off the actor): only then is it replaced
     */
    void failed(InUse in, String what, Throwable e, boolean inUse) {
        failures.incrementAndGet();
        if (!in.firstFailure()) {
            LOG.debug("Allocator {} failed again in {}: {}", in.label(), what, e.toString());
            return;
        }
        String outcome = inUse ? "; " + replaced(in) : "";
        LOG.warn("Allocator {} failed in {}: {}{} (further failures of this instance are logged at debug level)",
                in.label(), what, e.toString(), outcome, e);
    }

    private String replaced(InUse in) {
        Optional<String> next;
        try {
            next = fallback.replace(in.allocator);
        } catch (RuntimeException e) {
            LOG.warn("No allocator could be chosen to replace '{}'", in.name, e);
            next = Optional.empty();
        }
        return next.map(name -> "swapping in '" + name + "' instead")
                .orElse("it stays in use, as no other allocator is registered");
    }
}
