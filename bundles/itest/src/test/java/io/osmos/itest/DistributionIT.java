package io.osmos.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.Http;
import io.osmos.itest.support.ItestPaths;
import io.osmos.itest.support.Json;
import io.osmos.itest.support.OsmosProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged distribution, used as an operator uses it: {@code bin/osmos} from
 * features/target/osmos, a real process, real HTTP on loopback, SIGTERM to stop.
 */
class DistributionIT {
    private static final Duration READY = Duration.ofSeconds(60);
    private static final Duration STOP = Duration.ofSeconds(20);

    private static Path osmos() {
        Path osmos = ItestPaths.distribution().resolve("bin").resolve("osmos");
        assertTrue(Files.isExecutable(osmos), "the distribution's launcher " + osmos
                + " is missing or not executable: build the features module (mvn install -pl features -am)");
        return osmos;
    }

    private static Path logs() {
        return ItestPaths.work().resolve("distribution");
    }

    @Test
    void localServesVersionAndHealthAndExitsZeroOnSigterm(@TempDir Path workDir) throws IOException {
        int port = freePort();
        try (OsmosProcess osmos = OsmosProcess.start(osmos(), logs(), "local", "--port=" + port,
                "--work_dir=" + workDir)) {
            boolean ready = Await.value("osmos local to answer GET /health on port " + port, READY, () -> {
                if (!osmos.isAlive()) {
                    return Optional.of(false);
                }
                return answersHealth(port) ? Optional.of(true) : Optional.empty();
            });
            assertTrue(ready, "osmos local exited before it was ready:\n" + osmos.output());

            Http.Response version = Http.get("127.0.0.1", port, "/version");
            assertEquals(200, version.status(), "GET /version: " + version.body());
            Map<String, Object> fields = Json.parseObject(version.body());
            for (String key : List.of("version", "build_date", "build_time", "build_user")) {
                assertTrue(fields.containsKey(key), "/version carries Mesos's \"" + key + "\": " + version.body());
            }
            assertEquals(200, Http.get("127.0.0.1", port, "/health").status(), "GET /health");

            osmos.terminate();
            Optional<Integer> exit = osmos.awaitExit(STOP);
            assertTrue(exit.isPresent(), "osmos local still running " + STOP + " after SIGTERM:\n" + osmos.output());
            assertEquals(0, exit.get(), "exit code after SIGTERM:\n" + osmos.output());
        }
    }

    @Test
    void helpExitsZeroAndListsThePortFlag() {
        try (OsmosProcess osmos = OsmosProcess.start(osmos(), logs(), "--help")) {
            Optional<Integer> exit = osmos.awaitExit(READY);
            assertEquals(Optional.of(0), exit, "osmos --help exit code:\n" + osmos.output());
            assertTrue(osmos.stdout().contains("--port"), "osmos --help lists --port:\n" + osmos.output());
        }
    }

    @Test
    void misspelledFlagExitsOneWithOneLineNamingIt() {
        try (OsmosProcess osmos = OsmosProcess.start(osmos(), logs(), "local", "--prot=1")) {
            Optional<Integer> exit = osmos.awaitExit(READY);
            assertEquals(Optional.of(1), exit, "osmos local --prot=1 exit code:\n" + osmos.output());
            List<String> lines = osmos.stderr().lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
            assertEquals(1, lines.size(), "one line on stderr:\n" + osmos.output());
            assertTrue(lines.get(0).contains("prot"), "the error names the flag: " + lines.get(0));
            assertFalse(osmos.isAlive());
        }
    }

    private static boolean answersHealth(int port) {
        try {
            return Http.get("127.0.0.1", port, "/health").status() == 200;
        } catch (UncheckedIOException notListeningYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
