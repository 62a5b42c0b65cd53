package io.osmos.itest.plugins;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import io.osmos.itest.support.BundleStates;
import io.osmos.itest.support.ContainerOptions;
import io.osmos.itest.support.FeatureFile;
import io.osmos.itest.support.FeatureStarter;
import io.osmos.itest.support.ItestPaths;
import io.osmos.itest.support.LocalFlags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;

/**
 * A container running the local feature plus the modules bundle, with its own empty deploy folder
 * ({@code target/itest-work/plugins/<name>-<random>/deploy}) and a staging folder beside it (same file system, so a move into deploy/ is atomic). The HTTP port
 * is chosen in the driver and handed over as a framework property.
 */
final class PluginContainer {
    static final String PORT = "osmos.itest.plugins.port";
    static final String STAGING = "osmos.itest.plugins.staging";
    static final Duration STARTUP = Duration.ofSeconds(60);

    private PluginContainer() {
    }

    /** Each call gets fresh folders, so no class sees another's files. */
    static Option[] options(String name) {
        Path deploy;
        Path staging;
        try {
            Path root = Files.createTempDirectory(Files.createDirectories(ItestPaths.work().resolve("plugins")), name + "-");
            deploy = Files.createDirectories(root.resolve("deploy"));
            staging = Files.createDirectories(root.resolve("staging"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FeatureFile local = FeatureFile.read(ItestPaths.feature("local.json"));
        List<Option> options = new ArrayList<>(List.of(ContainerOptions.forFeature(local, deploy)));
        if (!Artifacts.listed(local, "osmos-modules")) {
            // installed, not started: FeatureStarter starts it with the feature's bundles
            Path modules = Artifacts.jar("osmos-modules", Artifacts.osmosVersion(local));
            options.add(bundle(modules.toUri().toString()).noStart());
        }
        options.add(frameworkProperty(PORT).value(String.valueOf(LocalFlags.freePort())));
        options.add(frameworkProperty(STAGING).value(staging.toString()));
        // FileInstall says what it installs, starts and fails at (4 = debug, 3 = info) in the output file
        options.add(frameworkProperty("felix.fileinstall.log.level").value("3"));
        return options.toArray(new Option[0]);
    }

    /** Configures and starts the platform as {@code osmos local} would; returns the HTTP port. */
    static int start(BundleContext context, Map<String, Map<String, Object>> extraConfiguration) {
        int port = port(context);
        Path workDir;
        try {
            workDir = Files.createTempDirectory(Files.createDirectories(ItestPaths.work()), "plugins-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, Object>> configuration = new HashMap<>(LocalFlags.configurations(port, workDir));
        configuration.putAll(extraConfiguration);
        FeatureStarter.start(context, FeatureStarter.feature(context), configuration);
        BundleStates.awaitAllActive(context, STARTUP);
        return port;
    }

    static int port(BundleContext context) {
        return Integer.parseInt(context.getProperty(PORT));
    }

    static Path deployDir(BundleContext context) {
        return Path.of(context.getProperty("felix.fileinstall.dir"));
    }

    /**
     * Empties the deploy folder. Pax Exam builds a class's options once, so containers of one class
     * (PerMethod) share the folder: a test that drops files clears them when it ends.
     */
    static void clearDeploy(BundleContext context) {
        try (Stream<Path> files = Files.list(deployDir(context))) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + deployDir(context), e);
        }
    }

    static Path stagingDir(BundleContext context) {
        return Path.of(context.getProperty(STAGING));
    }
}
