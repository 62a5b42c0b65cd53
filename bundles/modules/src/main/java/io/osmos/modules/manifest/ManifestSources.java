package io.osmos.modules.manifest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where manifests come from, as Mesos takes them: {@code --modules} is inline JSON, a path, or a
 * {@code file://} URL; {@code --modules_dir} is a folder whose {@code *.json} files are each a
 * manifest, read in name order.
 */
public final class ManifestSources {
    /** One manifest's text and where it came from; relative library files resolve against {@code base}. */
    public record Source(String name, String text, Path base) {
    }

    private ManifestSources() {
    }

    /** The manifest {@code --modules} names; empty when the value is blank. */
    public static List<Source> modules(String value) throws ManifestException {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        if (trimmed.startsWith("{")) {
            return List.of(new Source("--modules", trimmed, Path.of("").toAbsolutePath()));
        }
        Path file;
        try {
            file = trimmed.startsWith("file:") ? Path.of(URI.create(trimmed)) : Path.of(trimmed);
        } catch (IllegalArgumentException e) {
            throw new ManifestException("--modules '" + trimmed + "' is neither JSON, a path nor a file:// URL: "
                    + e.getMessage(), e);
        }
        return List.of(read(file.toAbsolutePath(), "--modules"));
    }

    /** One source per {@code *.json} in the folder; empty when the value is blank. */
    public static List<Source> directory(String value) throws ManifestException {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        Path dir = Path.of(trimmed).toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new ManifestException("--modules_dir " + dir + " is not a folder");
        }
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                sources.add(read(file, "--modules_dir"));
            }
        } catch (IOException e) {
            throw new ManifestException("--modules_dir " + dir + " cannot be listed: " + e, e);
        }
        return sources;
    }

    private static Source read(Path file, String flag) throws ManifestException {
        try {
            return new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8), file.getParent());
        } catch (IOException e) {
            throw new ManifestException(flag + ": manifest " + file + " cannot be read: " + e, e);
        }
    }
}
