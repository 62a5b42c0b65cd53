package io.osmos.master.core;

import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;

/**
 * Chooses the master's allocator by name among the allocators registered: what {@code POST /allocator}
 * and the shell's {@code osmos:allocator} ask for. The platform implements it over the allocator
 * services; a master without a registry of allocators has none.
 */
public interface AllocatorChoice {
    /** The names of the allocators that can be chosen now. */
    SortedSet<String> registered();

    /** The name asked for last (configuration, flag or operator); used whenever it is registered. */
    String wanted();

    /** Where the master falls back to when the wanted allocator is not registered. */
    String defaultName();

    /**
     * Swaps a fresh instance of the named allocator in, seeded from the master's state, and makes the
     * name the wanted one. Completes with the hand-over, whose failure says why the new allocator did
     * not come up (the previous one then stays); completes exceptionally with
     * {@link java.util.NoSuchElementException} when no allocator is registered under the name.
     */
    CompletableFuture<Handover> select(String name);
}
