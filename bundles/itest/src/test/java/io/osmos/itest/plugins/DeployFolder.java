package io.osmos.itest.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts plugin jars into FileInstall's folder the safe way: written completely in the staging folder
 * first, then moved in with one atomic rename, so FileInstall never sees part of a file.
 */
final class DeployFolder {
    private final Path deploy;
    private final Path staging;

    DeployFolder(Path deploy, Path staging) {
        this.deploy = deploy;
        this.staging = staging;
    }

    /** Copies {@code jar} into staging, then renames it to {@code deploy/<fileName>}; returns the deployed path. */
    Path drop(Path jar, String fileName) {
        return moveIn(stage(jar, fileName), fileName);
    }

    /** The first half of {@link #drop}: a complete copy in the staging folder. */
    Path stage(Path jar, String fileName) {
        try {
            return Files.copy(jar, staging.resolve(fileName + ".staged"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage " + jar, e);
        }
    }

    /** The second half of {@link #drop}: one atomic rename into the deploy folder, replacing a file there. */
    Path moveIn(Path staged, String fileName) {
        try {
            return Files.move(staged, deploy.resolve(fileName), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + staged + " into " + deploy, e);
        }
    }

    void delete(String fileName) {
        try {
            Files.delete(deploy.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + fileName + " from " + deploy, e);
        }
    }

    Path path(String fileName) {
        return deploy.resolve(fileName);
    }
}
