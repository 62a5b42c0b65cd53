package io.osmos.itest.plugins;

import io.osmos.itest.support.FeatureFile;
import io.osmos.itest.support.ItestPaths;
import java.nio.file.Path;

/** Jars of Osmos bundles the local feature does not list, e.g. the example hooks under hooks/, by folder name. */
final class ExampleHooks {
    private ExampleHooks() {
    }

    /** The jar of {@code hooks/<folder>}, e.g. {@code task-label}. */
    static Path jar(String folder) {
        return osmosJar("osmos-hook-" + folder);
    }

    /** Any io.osmos artifact at the version under test, e.g. {@code osmos-allocator-drf}. */
    static Path osmosJar(String artifactId) {
        FeatureFile local = FeatureFile.read(ItestPaths.feature("local.json"));
        return Artifacts.jar(artifactId, Artifacts.osmosVersion(local));
    }
}
