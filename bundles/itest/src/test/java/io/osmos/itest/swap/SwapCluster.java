package io.osmos.itest.swap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.ItestPaths;
import io.osmos.itest.support.LocalFlags;
import io.osmos.itest.support.OsmosProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A small real cluster from the built distribution: {@code osmos local} (a master with both built-in
 * allocators and one agent) and a second agent in its own process, each on a free loopback port with a
 * fresh work_dir, registered before the test starts. Register with
 * {@code @RegisterExtension static final SwapCluster CLUSTER = new SwapCluster();}.
 */
final class SwapCluster implements BeforeAllCallback, AfterAllCallback {
    static final String RESOURCES = "cpus:2;mem:1024;disk:1024;ports:[31000-31099]";
    static final int AGENTS = 2;
    private static final Duration READY = Duration.ofSeconds(90);
    private static final Duration STOP = Duration.ofSeconds(30);

    private final List<OsmosProcess> processes = new ArrayList<>();
    private Path workDir;
    private MasterApi master;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path distribution = ItestPaths.distribution();
        Path osmos = distribution.resolve("bin").resolve("osmos");
        assertTrue(Files.isExecutable(osmos), "the distribution's launcher " + osmos
                + " is missing or not executable: build it first (mvn -DskipTests install -pl features -am)");
        Path realDir = Files.createDirectories(ItestPaths.work().resolve("swap")
                .resolve(context.getRequiredTestClass().getSimpleName() + "-" + System.currentTimeMillis()));
        // A short path to it: the process's log files are named after its whole command line.
        workDir = Files.createSymbolicLink(Path.of(System.getProperty("java.io.tmpdir"), "osw" + System.nanoTime()),
                realDir);
        int port = LocalFlags.freePort();
        master = new MasterApi(port);
        Path local = SwapFeatures.localWithBothAllocators(distribution, workDir.resolve("l.json"),
                "\"allocator\": \"random\", \"allocation_interval\": \"100ms\"");
        processes.add(OsmosProcess.start(osmos, realDir.resolve("logs"), "local", "--feature=" + local,
                "--port=" + port, "--ip=127.0.0.1", "--work_dir=" + workDir.resolve("l"), "--resources=" + RESOURCES,
                "--no-shell"));
        Path agent = SwapFeatures.agentOnly(distribution, workDir.resolve("a.json"));
        processes.add(OsmosProcess.start(osmos, realDir.resolve("logs"), "agent", "--feature=" + agent,
                "--port=" + LocalFlags.freePort(), "--ip=127.0.0.1", "--master=127.0.0.1:" + port,
                "--work_dir=" + workDir.resolve("a"), "--resources=" + RESOURCES, "--no-shell"));
        try {
            Await.value(AGENTS + " agents registered and both allocators registered", READY, this::ready);
        } catch (AssertionError notReady) {
            throw new AssertionError(notReady.getMessage() + "\n" + output(), notReady);
        }
    }

    private Optional<Boolean> ready() {
        for (OsmosProcess process : processes) {
            if (!process.isAlive()) {
                throw new AssertionError("an osmos process exited while starting:\n" + output());
            }
        }
        try {
            return master.state().agents().size() == AGENTS
                    && master.allocator().available().containsAll(List.of("random", "hierarchical"))
                    ? Optional.of(true) : Optional.empty();
        } catch (RuntimeException | AssertionError notYet) {
            return Optional.empty();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        for (OsmosProcess process : processes) {
            process.terminate();
        }
        for (OsmosProcess process : processes) {
            process.awaitExit(STOP);
            process.close();
        }
        try {
            if (workDir != null) {
                Files.deleteIfExists(workDir); // the link only; what it points to stays for reading
            }
        } catch (IOException ignored) {
            // a stale link in the temporary folder is harmless
        }
    }

    MasterApi master() {
        return master;
    }

    /** Every process's output, for failure messages. */
    String output() {
        StringBuilder out = new StringBuilder();
        processes.forEach(process -> out.append(process.output()).append('\n'));
        return out.toString();
    }
}
