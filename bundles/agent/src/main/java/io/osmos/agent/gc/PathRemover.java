package io.osmos.agent.gc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes a directory tree. Symbolic links are removed, never followed, so a link in a sandbox cannot
 * make the collector delete anything outside it. Like Mesos it carries on past errors, freeing what
 * it can, because the disk space has already been offered to frameworks again.
 */
final class PathRemover {
    private PathRemover() {
    }

    /** @throws IOException naming the path and the first thing that could not be deleted */
    static void remove(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return; // already gone: nothing left to free
        }
        List<IOException> failures = new ArrayList<>();
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                delete(file, failures);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
                failures.add(failure);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
                if (failure != null) {
                    failures.add(failure);
                }
                delete(dir, failures);
                return FileVisitResult.CONTINUE;
            }
        });
        if (!failures.isEmpty()) {
            IOException first = failures.get(0);
            throw new IOException("Failed to delete '" + path + "': " + first.getClass().getSimpleName() + ": "
                    + first.getMessage() + (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more)" : ""),
                    first);
        }
    }

    /** When the path itself (not a link's target) was last modified; Mesos ages sandboxes by it. */
    static Instant lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to find the mtime of '" + path + "': " + e.getMessage(), e);
        }
    }

    private static void delete(Path file, List<IOException> failures) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failures.add(e);
        }
    }
}
