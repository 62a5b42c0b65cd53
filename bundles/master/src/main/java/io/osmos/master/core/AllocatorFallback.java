package io.osmos.master.core;

import io.osmos.api.allocator.Allocator;
import java.util.Optional;

/**
 * Who replaces the allocator in use when it throws: the platform swaps in another registered
 * allocator with the usual hand-over, as when the allocator's bundle goes away.
 */
@FunctionalInterface
public interface AllocatorFallback {
    /**
     * The allocator instance in use threw for the first time. Runs on the master's actor, so it may
     * ask the master for a swap but must not wait for one.
     *
     * @return the name of the allocator being swapped in, or empty when none can be and it stays in use
     */
    Optional<String> replace(Allocator failed);
}
