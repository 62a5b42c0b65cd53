package io.osmos.itest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Runs inside the container and finishes what the launcher does after installing a feature:
 * hands the feature's configurations (with a test's overrides) to ConfigAdmin, then starts the
 * installed bundles in feature order, so no component first comes up with defaults.
 */
public final class FeatureStarter {
    private FeatureStarter() {
    }

    /** The feature this container was provisioned from (see {@link ContainerOptions#forFeature}). */
    public static FeatureFile feature(BundleContext context) {
        String path = context.getProperty(ContainerOptions.FEATURE_PROPERTY);
        if (path == null) {
            throw new IllegalStateException("framework property " + ContainerOptions.FEATURE_PROPERTY + " is not set");
        }
        return FeatureFile.read(Paths.get(path));
    }

    /**
     * Applies the feature's configurations, each property of {@code overrides} replacing the
     * feature's, then starts every installed bundle that is not a fragment, in install order.
     */
    public static void start(BundleContext context, FeatureFile feature,
            Map<String, Map<String, Object>> overrides) {
        ConfigurationAdmin configAdmin = Services.await(context, ConfigurationAdmin.class, Duration.ofSeconds(30));
        Map<String, Map<String, Object>> configurations = new LinkedHashMap<>(feature.configurations());
        overrides.forEach((pid, properties) -> {
            Map<String, Object> merged = new LinkedHashMap<>(configurations.getOrDefault(pid, Map.of()));
            properties.forEach((key, value) -> {
                merged.keySet().removeIf(k -> k.equals(key) || k.startsWith(key + ":"));
                merged.put(key, value);
            });
            configurations.put(pid, merged);
        });
        configurations.forEach((pid, properties) -> configure(configAdmin, pid, properties));

        List<String> failures = new ArrayList<>();
        Bundle[] bundles = context.getBundles();
        Arrays.sort(bundles, Comparator.comparingLong(Bundle::getBundleId));
        for (Bundle bundle : bundles) {
            if (!BundleStates.isFragment(bundle) && (bundle.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) != 0) {
                try {
                    bundle.start();
                } catch (BundleException | RuntimeException e) {
                    failures.add(bundle.getSymbolicName() + " " + bundle.getVersion() + ": " + e.getMessage());
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("feature " + feature.path().getFileName() + ": bundles failed to start:\n  "
                    + String.join("\n  ", failures));
        }
    }

    private static void configure(ConfigurationAdmin configAdmin, String pid, Map<String, Object> json) {
        Dictionary<String, Object> properties = ConfigValues.toDictionary(pid, json);
        try {
            int tilde = pid.indexOf('~');
            Configuration configuration = tilde < 0
                    ? configAdmin.getConfiguration(pid, "?")
                    : configAdmin.getFactoryConfiguration(pid.substring(0, tilde), pid.substring(tilde + 1), "?");
            configuration.update(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store configuration " + pid, e);
        }
    }
}
