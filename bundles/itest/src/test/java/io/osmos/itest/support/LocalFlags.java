package io.osmos.itest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * The configuration {@code osmos local --ip=127.0.0.1 --port=<port> --work_dir=<dir>} hands to
 * ConfigAdmin on top of the feature's: the launcher turns those flags into these PIDs and
 * properties, and a container without the launcher must be given them the same way.
 */
public final class LocalFlags {
    private LocalFlags() {
    }

    public static Map<String, Map<String, Object>> configurations(int port, Path workDir) {
        String dir = workDir.toString();
        return Map.of(
                "io.osmos.runtime.http", Map.of("ip", "127.0.0.1", "port", port),
                "io.osmos.master", Map.of("work_dir", dir),
                // in local mode the agent registers with the master in the same process
                "io.osmos.agent", Map.of("master", "127.0.0.1:" + port, "work_dir", dir));
    }

    /** A port nothing listens on right now, for a server that must know its port before binding. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }
}
