package io.osmos.agent.gc;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The outcome of deleting one scheduled path: {@code failure} is null when it is gone. */
record Removal(ScheduledPath entry, IOException failure) {
    private static final Logger LOG = LoggerFactory.getLogger(Removal.class);

    /** Deletes each path in turn, carrying on past failures. Blocking: runs on an I/O thread. */
    static List<Removal> deleteAll(List<ScheduledPath> due) {
        return due.stream().map(Removal::delete).toList();
    }

    private static Removal delete(ScheduledPath entry) {
        LOG.info("Deleting {}", entry.path);
        try {
            PathRemover.remove(entry.path);
            return new Removal(entry, null);
        } catch (IOException e) {
            return new Removal(entry, e);
        } catch (RuntimeException e) {
            return new Removal(entry, new IOException("Failed to delete '" + entry.path + "': " + e, e));
        }
    }

    /** Counts the outcome and tells whoever scheduled the path. */
    void report(GcMetrics metrics) {
        if (failure == null) {
            LOG.info("Deleted '{}'", entry.path);
            metrics.removalSucceeded();
            entry.removed.complete(null);
        } else {
            LOG.warn("{}", failure.getMessage());
            metrics.removalFailed();
            entry.removed.completeExceptionally(failure);
        }
    }
}
