package io.osmos.agent.files;

import io.osmos.runtime.http.BadRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The virtual file tree of the files API, as Mesos keeps it: real files and directories attached
 * under virtual paths. A request path resolves through its longest attached prefix, and never to
 * anything outside the attached directory, however it spells "..", and wherever its links point.
 */
final class VirtualPaths {
    private final Map<String, Path> attached = new ConcurrentHashMap<>();

    /** @throws IOException when the real path does not exist or cannot be read */
    void attach(String virtualPath, Path real) throws IOException {
        Path canonical = real.toRealPath();
        if (!Files.isReadable(canonical)) {
            throw new IOException("Failed to access '" + real + "': Access denied");
        }
        attached.put(normalize(virtualPath), canonical);
    }

    void detach(String virtualPath) {
        attached.remove(normalize(virtualPath));
    }

    /** Detaches the virtual path only while it still leads to the given real path. */
    void detach(String virtualPath, Path real) throws IOException {
        attached.remove(normalize(virtualPath), real.toRealPath());
    }

    /** Virtual path to real path, sorted, as /files/debug shows it. */
    Map<String, Path> snapshot() {
        return new TreeMap<>(attached);
    }

    /**
     * @return the real file, or empty when there is nothing at the path (404)
     * @throws BadRequestException 403 when the path leads outside the attached directory
     */
    Optional<Path> resolve(String virtualPath) throws IOException {
        String path = normalize(virtualPath);
        String prefix = path;
        while (!attached.containsKey(prefix)) {
            if (prefix.equals("/")) {
                return Optional.empty();
            }
            int slash = prefix.lastIndexOf('/');
            prefix = slash == 0 ? "/" : prefix.substring(0, slash);
        }
        Path root = attached.get(prefix);
        String suffix = path.substring(prefix.length()).replaceFirst("^/", "");
        if (suffix.isEmpty()) {
            return Files.exists(root) ? Optional.of(root) : Optional.empty();
        }
        if (!Files.isDirectory(root)) {
            return Optional.empty(); // a file was attached: nothing lies below it
        }
        if (Path.of(suffix).normalize().startsWith("..")) {
            throw inaccessible(virtualPath);
        }
        Path real;
        try {
            real = root.resolve(suffix).toRealPath();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!real.startsWith(root)) {
            throw inaccessible(virtualPath); // a symbolic link that leads out of the attached directory
        }
        return Optional.of(real);
    }

    /** Collapses repeated slashes and drops a trailing one, so "/a//b/" and "/a/b" are one path. */
    static String normalize(String virtualPath) {
        String path = ("/" + virtualPath).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static BadRequestException inaccessible(String virtualPath) {
        return new BadRequestException(403, "'" + virtualPath + "' is inaccessible: it leads outside the "
                + "attached directory");
    }
}
