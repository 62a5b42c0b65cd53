package io.osmos.launcher;

import io.osmos.launcher.feature.BundleLocator;
import io.osmos.launcher.feature.Feature;
import io.osmos.launcher.feature.FeatureException;
import io.osmos.launcher.feature.FeatureReader;
import io.osmos.launcher.flag.Flags;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One booted Felix framework: the feature's bundles installed and started, configuration applied.
 * {@link #launch} either returns a running platform or stops what it began and throws.
 */
public final class Platform {
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

    private final Framework framework;
    private final Feature feature;
    private final HttpReadiness http;

    private Platform(Framework framework, Feature feature, HttpReadiness http) {
        this.framework = framework;
        this.feature = feature;
        this.http = http;
    }

    /**
     * Boots the feature named by {@code --feature}. {@code home} is the distribution folder whose
     * bundles/ is searched before the local Maven repository; {@code interactiveConsole} allows the shell.
     */
    public static Platform launch(Flags flags, Optional<Path> home, boolean interactiveConsole)
            throws LaunchException {
        Feature feature;
        List<Path> jars;
        try {
            feature = new FeatureReader().read(flags.path("feature"));
            jars = new BundleLocator(home.map(h -> h.resolve("bundles")), BundleLocator.defaultMavenRepository())
                    .locateAll(feature);
            Files.createDirectories(flags.path("work_dir"));
            Files.createDirectories(flags.path("deploy_dir"));
        } catch (FeatureException e) {
            throw new LaunchException(e.getMessage());
        } catch (IOException e) {
            throw new LaunchException("cannot create " + e.getMessage());
        }
        Map<String, Object> properties = FrameworkProperties.of(flags, interactiveConsole);
        @SuppressWarnings({"unchecked", "rawtypes"}) // Felix takes objects (the log bridge) in its map
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new LaunchException("no OSGi framework on the class path"))
                .newFramework((Map) properties);
        try {
            framework.init();
        } catch (BundleException | RuntimeException e) {
            throw new LaunchException("the framework did not initialize: " + LaunchException.reason(e));
        }
        HttpReadiness http = new HttpReadiness(framework.getBundleContext());
        Platform platform = new Platform(framework, feature, http);
        try {
            platform.start(flags, jars);
        } catch (LaunchException | BundleException | RuntimeException e) {
            platform.stop(Duration.ofSeconds(10));
            throw e instanceof LaunchException le ? le : new LaunchException(LaunchException.reason(e));
        }
        return platform;
    }

    private void start(Flags flags, List<Path> jars) throws LaunchException, BundleException {
        http.open();
        BundleStarter starter = new BundleStarter();
        starter.install(framework.getBundleContext(), feature.bundles(), jars);
        framework.start();
        ConfigurationSeeder seeder = new ConfigurationSeeder(flags, feature);
        starter.startAll(() -> seeder.applyIfReady(framework.getBundleContext()));
        ComponentFailures.check(framework.getBundleContext(), starter.bundles());
        if (!seeder.applied()) {
            LOG.warn("Feature {} has no ConfigurationAdmin: configuration for {} not applied",
                    feature.id(), seeder.configurations().keySet());
        }
        LOG.info("Started {} bundles of feature {} from {}", starter.bundles().size(), feature.id(), feature.source());
    }

    public Framework framework() {
        return framework;
    }

    public Feature feature() {
        return feature;
    }

    /** Completes with the HTTP server's bound address once the runtime's server is up. */
    public CompletableFuture<InetSocketAddress> httpReady() {
        return http.address();
    }

    /** Stops the framework and waits; returns whether it stopped within {@code timeout}. */
    public boolean stop(Duration timeout) {
        try {
            framework.stop();
            return framework.waitForStop(timeout.toMillis()).getType() != FrameworkEvent.WAIT_TIMEDOUT;
        } catch (BundleException e) {
            LOG.error("Framework did not stop: {}", LaunchException.reason(e));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Blocks until the framework stops (a signal, the shell's exit, or a bundle stopping bundle 0). */
    public FrameworkEvent awaitStop() throws InterruptedException {
        return framework.waitForStop(0);
    }
}
