package io.osmos.itest.containment;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.BundleStates;
import io.osmos.itest.support.ContainerOptions;
import io.osmos.itest.support.FeatureFile;
import io.osmos.itest.support.FeatureStarter;
import io.osmos.itest.support.ItestPaths;
import io.osmos.itest.support.LocalFlags;
import io.osmos.itest.support.PluginJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;

/**
 * The local platform (master and agent in one Felix) a containment test runs, seen from outside as a
 * user sees it: over HTTP on loopback. Plugin bundles are built from this package's sub-packages in
 * the test driver and installed by the test inside the container.
 */
final class Cluster {
    static final Duration STARTUP = Duration.ofSeconds(30);
    static final String PLUGIN_VERSION = "1.2.3";
    private static final String PORT = "osmos.itest.containment.port";
    private static final String PLUGIN = "osmos.itest.containment.plugin.";

    private final BundleContext context;
    private final PlatformApi api;

    private Cluster(BundleContext context, PlatformApi api) {
        this.context = context;
        this.api = api;
    }

    /** Container options for the local feature with the plugins of {@code packages} built and named. */
    static Option[] options(String name, String... packages) {
        FeatureFile local = FeatureFile.read(ItestPaths.feature("local.json"));
        Path home = ItestPaths.work().resolve("containment").resolve(name);
        List<Option> options = new ArrayList<>(Arrays.asList(ContainerOptions.forFeature(local,
                home.resolve("deploy"))));
        // the local feature ships random only; hierarchical (the default) comes with the DRF bundle
        if (local.bundles().stream().noneMatch(id -> id.artifactId().equals("osmos-allocator-drf"))) {
            options.add(bundle(drfJar(local).toUri().toString()).noStart()); // started with the feature
        }
        for (String pkg : packages) {
            Path jar = PluginJar.build(pkg, PLUGIN_VERSION, home.resolve("plugins").resolve(pkg + ".jar"));
            options.add(frameworkProperty(PLUGIN + pkg).value(jar.toUri().toString()));
        }
        options.add(frameworkProperty(PORT).value(String.valueOf(LocalFlags.freePort())));
        return options.toArray(new Option[0]);
    }

    private static Path drfJar(FeatureFile local) {
        String version = local.bundles().stream().filter(id -> id.artifactId().equals("osmos-master")).findFirst()
                .orElseThrow().version();
        return ItestPaths.bundles().resolve("osmos-allocator-drf-" + version + ".jar");
    }

    /** Starts the feature with the local flags plus {@code master} and {@code agent} settings. */
    static Cluster start(BundleContext context, Map<String, Object> master, Map<String, Object> agent)
            throws IOException, BundleException {
        int port = Integer.parseInt(context.getProperty(PORT));
        Path workDir = Files.createTempDirectory(Files.createDirectories(ItestPaths.work()), "containment-");
        Map<String, Map<String, Object>> configuration = new HashMap<>(LocalFlags.configurations(port, workDir));
        Map<String, Object> masterConfig = new HashMap<>(configuration.get("io.osmos.master"));
        masterConfig.put("allocation_interval", "100ms");
        masterConfig.putAll(master);
        configuration.put("io.osmos.master", masterConfig);
        Map<String, Object> agentConfig = new HashMap<>(configuration.get("io.osmos.agent"));
        agentConfig.put("resources", "cpus:2;mem:1024;disk:1024");
        agentConfig.putAll(agent);
        configuration.put("io.osmos.agent", agentConfig);
        startFeature(context, configuration);
        BundleStates.awaitAllActive(context, STARTUP);
        Cluster cluster = new Cluster(context, new PlatformApi(port));
        Await.value("the agent registered", STARTUP,
                () -> Optional.of(cluster.api.activeAgents()).filter(n -> n == 1));
        return cluster;
    }

    /**
     * Felix refuses a start while another thread holds its global resolve lock (FileInstall's first scan
     * may); the bundles that did not start are started again, a few times, without configuring twice.
     */
    private static void startFeature(BundleContext context, Map<String, Map<String, Object>> configuration)
            throws BundleException {
        try {
            FeatureStarter.start(context, FeatureStarter.feature(context), configuration);
        } catch (AssertionError e) {
            if (!String.valueOf(e.getMessage()).contains("global lock")) {
                throw e;
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    startLeftOver(context);
                    return;
                } catch (BundleException again) {
                    if (attempt == 3) {
                        throw again;
                    }
                }
            }
        }
    }

    private static void startLeftOver(BundleContext context) throws BundleException {
        Bundle[] bundles = context.getBundles();
        Arrays.sort(bundles, Comparator.comparingLong(Bundle::getBundleId));
        for (Bundle bundle : bundles) {
            if (!BundleStates.isFragment(bundle) && (bundle.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) != 0) {
                bundle.start();
            }
        }
    }

    /** Installs and starts the plugin built from {@code pkg}. */
    Bundle install(String pkg) throws BundleException {
        Bundle bundle = context.installBundle(context.getProperty(PLUGIN + pkg));
        bundle.start();
        return bundle;
    }

    /** Waits until a service of {@code type} named {@code name} (osmos.module.name) is registered. */
    void awaitService(String type, String name) {
        String filter = "(&(objectClass=" + type + ")(osmos.module.name=" + name + "))";
        Await.value(type + " " + name + " registered", STARTUP, () -> {
            try {
                return Optional.ofNullable(context.getServiceReferences((String) null, filter));
            } catch (InvalidSyntaxException e) {
                throw new IllegalArgumentException(filter, e);
            }
        });
    }

    Bundle installed(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    /** The platform as a user sees it: over HTTP. */
    PlatformApi api() {
        return api;
    }
}
