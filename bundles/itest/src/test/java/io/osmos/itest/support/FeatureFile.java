package io.osmos.itest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OSGi feature file (JSON) as the launcher reads it: the bundles in start order and the
 * configurations keyed by PID ({@code factoryPid~name} for factory configurations).
 */
public final class FeatureFile {
    private final Path path;
    private final List<MavenId> bundles;
    private final Map<String, Map<String, Object>> configurations;

    private FeatureFile(Path path, List<MavenId> bundles, Map<String, Map<String, Object>> configurations) {
        this.path = path;
        this.bundles = bundles;
        this.configurations = configurations;
    }

    public static FeatureFile read(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feature file " + path, e);
        }
        Map<String, Object> feature = Json.parseObject(text);
        List<MavenId> bundles = new ArrayList<>();
        for (Object entry : list(feature.get("bundles"), path, "bundles")) {
            Object id = entry instanceof Map ? ((Map<?, ?>) entry).get("id") : entry;
            if (!(id instanceof String)) {
                throw new IllegalArgumentException(path + ": bundle entry without an id: " + entry);
            }
            bundles.add(MavenId.parse((String) id));
        }
        Map<String, Map<String, Object>> configurations = new LinkedHashMap<>();
        Object configs = feature.getOrDefault("configurations", Map.of());
        if (!(configs instanceof Map)) {
            throw new IllegalArgumentException(path + ": \"configurations\" is not an object");
        }
        for (Map.Entry<?, ?> config : ((Map<?, ?>) configs).entrySet()) {
            if (!(config.getValue() instanceof Map)) {
                throw new IllegalArgumentException(path + ": configuration " + config.getKey() + " is not an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) config.getValue();
            configurations.put((String) config.getKey(), properties);
        }
        return new FeatureFile(path, List.copyOf(bundles), Collections.unmodifiableMap(configurations));
    }

    private static List<?> list(Object value, Path path, String field) {
        if (!(value instanceof List)) {
            throw new IllegalArgumentException(path + ": \"" + field + "\" is missing or not an array");
        }
        return (List<?>) value;
    }

    public Path path() {
        return path;
    }

    public List<MavenId> bundles() {
        return bundles;
    }

    public Map<String, Map<String, Object>> configurations() {
        return configurations;
    }
}
