package io.osmos.launcher;

import io.osmos.launcher.feature.Feature;
import io.osmos.launcher.flag.FlagTable;
import io.osmos.launcher.flag.Flags;
import java.io.IOException;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Hands the run's configuration to ConfigAdmin as soon as ConfigAdmin is up, before the bundles after
 * it start, so components activate with their final configuration instead of rebinding once.
 * Precedence per property: flags the user gave, then the feature, then flag defaults.
 */
final class ConfigurationSeeder {
    private final Map<String, Map<String, Object>> configurations;
    private boolean applied;

    ConfigurationSeeder(Flags flags, Feature feature) {
        this.configurations = merge(flags, feature);
    }

    static Map<String, Map<String, Object>> merge(Flags flags, Feature feature) {
        Map<String, Map<String, Object>> merged = new TreeMap<>();
        flags.defaultConfigurations().forEach((pid, props) -> into(merged, pid).putAll(props));
        feature.configurations().forEach((pid, props) -> into(merged, pid).putAll(props));
        flags.explicitConfigurations().forEach((pid, props) -> into(merged, pid).putAll(props));
        into(merged, FlagTable.FLAGS_PID).putAll(flags.asStrings());
        return merged;
    }

    private static Map<String, Object> into(Map<String, Map<String, Object>> merged, String pid) {
        return merged.computeIfAbsent(pid, p -> new LinkedHashMap<>());
    }

    Map<String, Map<String, Object>> configurations() {
        return configurations;
    }

    boolean applied() {
        return applied;
    }

    /** Applies everything once ConfigAdmin is registered; returns whether it has been applied. */
    boolean applyIfReady(BundleContext context) throws LaunchException {
        if (applied) {
            return true;
        }
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        if (ref == null) {
            return false;
        }
        ConfigurationAdmin admin = context.getService(ref);
        try {
            for (Map.Entry<String, Map<String, Object>> entry : configurations.entrySet()) {
                update(admin, entry.getKey(), entry.getValue());
            }
        } finally {
            context.ungetService(ref);
        }
        applied = true;
        return true;
    }

    private static void update(ConfigurationAdmin admin, String pid, Map<String, Object> properties)
            throws LaunchException {
        try {
            int tilde = pid.indexOf('~');
            // "?" leaves the location unbound, so whichever bundle registers the PID receives it.
            Configuration configuration = tilde < 0
                    ? admin.getConfiguration(pid, "?")
                    : admin.getFactoryConfiguration(pid.substring(0, tilde), pid.substring(tilde + 1), "?");
            configuration.update(new Hashtable<>(properties));
        } catch (IOException | RuntimeException e) {
            throw new LaunchException("configuration " + pid + " was refused: " + LaunchException.reason(e));
        }
    }
}
