package io.osmos.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.launcher.flag.Command;
import io.osmos.launcher.flag.FlagException;
import io.osmos.launcher.flag.FlagParser;
import io.osmos.launcher.flag.Flags;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsmosTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Osmos.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadFlagPrintsOneLineAndExitsWith1() {
        assertEquals(1, run(Map.of(), "master", "--prot=5050"));
        assertEquals("Failed to load flags: unknown flag '--prot' (did you mean --port?)\n", err());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBadEnvironmentValueExitsWith1() {
        assertEquals(1, run(Map.of("OSMOS_PORT", "abc"), "master"));
        assertEquals("Failed to load flag 'port': 'abc' is not a valid port (from environment variable OSMOS_PORT)\n",
                err());
    }

    @Test
    void helpAndVersionGoToStdoutAndExitWith0() {
        assertEquals(0, run(Map.of(), "local", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: osmos local"));
        out.reset();
        assertEquals(0, run(Map.of(), "--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("osmos \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"),
                out.toString(StandardCharsets.UTF_8));
        assertEquals("", err());
    }

    @Test
    void aMissingBundleIsOneLineNamingIt(@TempDir Path dir) throws Exception {
        Path feature = Files.writeString(dir.resolve("f.json"),
                "{\"id\": \"io.osmos:f:1\", \"bundles\": [{\"id\": \"io.osmos:osmos-nothing:9.9\"}]}");
        assertEquals(1, run(Map.of(), "master", "--feature=" + feature, "--work_dir=" + dir.resolve("work")));
        assertTrue(err().startsWith("Failed to start osmos master: bundle io.osmos:osmos-nothing:9.9 not found"
                + " (looked for "), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void readyUrlUsesTheAdvertisedHostThenTheBoundIp() throws FlagException {
        assertEquals("localhost:5050", Osmos.hostPort(new InetSocketAddress("0.0.0.0", 5050), flags("master")));
        assertEquals("10.1.2.3:5050", Osmos.hostPort(new InetSocketAddress("10.1.2.3", 5050), flags("master")));
        assertEquals("m1.example:5050", Osmos.hostPort(new InetSocketAddress("10.1.2.3", 5050),
                flags("master", "--hostname=m1.example")));
        assertEquals("[0:0:0:0:0:0:0:1]:5050", Osmos.hostPort(new InetSocketAddress("::1", 5050), flags("master")));
    }

    private static Flags flags(String... args) throws FlagException {
        return ((Command.Run) new FlagParser(Map.of(), Optional.empty(), Path.of("/tmp")).parse(args)).flags();
    }
}
