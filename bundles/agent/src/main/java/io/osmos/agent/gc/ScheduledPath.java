package io.osmos.agent.gc;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** A path waiting for removal. Confined to the collector's actor, except {@link #removed}. */
final class ScheduledPath {
    final Path path;
    final Instant due;
    /** Completes once the path is gone; fails with the reason, or is cancelled by unschedule. */
    final CompletableFuture<Void> removed = new CompletableFuture<>();
    /** Deletion has started on an I/O thread: too late to unschedule. */
    boolean removing;

    ScheduledPath(Path path, Instant due) {
        this.path = path;
        this.due = due;
    }
}
