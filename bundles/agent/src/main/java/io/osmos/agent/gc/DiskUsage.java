package io.osmos.agent.gc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** The used fraction of a file system, in [0, 1]. May block briefly: measured on an I/O thread. */
@FunctionalInterface
public interface DiskUsage {
    double usage() throws IOException;

    /** The usage clamped to [0, 1]; a failure to measure becomes an UncheckedIOException. */
    default double fraction() {
        try {
            return Math.min(1.0, Math.max(0.0, usage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file system that holds the folder, measured as Mesos does: blocks in use (total minus free,
     * counting blocks reserved for root as free) over all blocks.
     */
    static DiskUsage of(Path folder) {
        return () -> {
            FileStore store = Files.getFileStore(folder);
            long total = store.getTotalSpace();
            return total <= 0 ? 0.0 : (double) (total - store.getUnallocatedSpace()) / total;
        };
    }
}
