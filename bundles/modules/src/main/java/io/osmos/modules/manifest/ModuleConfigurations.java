package io.osmos.modules.manifest;

import io.osmos.modules.manifest.ModuleManifest.Module;
import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A manifest module's parameters become the configuration whose PID is the module's name, so a
 * module's component reads them with {@code configurationPid = "<module name>"}. Two marker
 * properties say which manifest and library wrote it, so configurations of modules dropped from the
 * manifests are deleted again.
 */
final class ModuleConfigurations {
    static final String SOURCE = "osmos.modules.source";
    static final String LIBRARY = "osmos.modules.library";

    private final ConfigurationAdmin configAdmin;

    ModuleConfigurations(ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    void write(Module module, String source, String library) throws ManifestException {
        Dictionary<String, Object> properties = new Hashtable<>();
        module.parameters().forEach(properties::put);
        properties.put(SOURCE, source);
        properties.put(LIBRARY, library);
        try {
            Configuration configuration = configAdmin.getConfiguration(module.name(), "?");
            configuration.updateIfDifferent(properties);
        } catch (IOException | RuntimeException e) {
            throw new ManifestException("library '" + library + "' module '" + module.name()
                    + "': its configuration cannot be stored: " + e.getMessage(), e);
        }
    }

    /** Deletes the configurations manifests wrote for modules not in {@code keep}. */
    void removeAllBut(Set<String> keep) throws IOException {
        Configuration[] written;
        try {
            written = configAdmin.listConfigurations("(" + SOURCE + "=*)");
        } catch (InvalidSyntaxException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        for (Configuration configuration : written == null ? new Configuration[0] : written) {
            if (!keep.contains(configuration.getPid())) {
                configuration.delete();
            }
        }
    }
}
