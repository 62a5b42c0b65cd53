package io.osmos.launcher.feature;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The parts of an OSGi feature (Feature Service, chapter 160) that boot a process: its bundles in
 * install order and its configurations, PID (or {@code factoryPid~name}) to properties.
 */
public record Feature(String id, Path source, List<BundleRef> bundles, Map<String, Map<String, Object>> configurations) {
    public Feature {
        bundles = List.copyOf(bundles);
        configurations = Map.copyOf(configurations);
    }
}
