package io.osmos.itest.plugins;

import io.osmos.itest.support.FeatureFile;
import io.osmos.itest.support.ItestPaths;
import io.osmos.itest.support.MavenId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Jars of Osmos modules that the local feature does not list: the modules bundle (until the feature
 * has it) and the example hooks. Found where this module's copy-dependencies put them, else in the
 * distribution, else in the local Maven repository (after {@code mvn install} of that module).
 */
final class Artifacts {
    private Artifacts() {
    }

    /** The Osmos version under test: the one the local feature gives the API bundle. */
    static String osmosVersion(FeatureFile feature) {
        return feature.bundles().stream().filter(id -> id.artifactId().equals("osmos-api")).map(MavenId::version)
                .findFirst().orElseThrow(() -> new IllegalStateException(feature.path() + " has no osmos-api"));
    }

    static boolean listed(FeatureFile feature, String artifactId) {
        return feature.bundles().stream().anyMatch(id -> id.artifactId().equals(artifactId));
    }

    /** The jar of io.osmos:{@code artifactId}:{@code version}; fails naming the places looked in. */
    static Path jar(String artifactId, String version) {
        String file = artifactId + "-" + version + ".jar";
        String repository = System.getProperty("org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("user.home") + "/.m2/repository");
        List<Path> places = List.of(ItestPaths.bundles().resolve(file),
                ItestPaths.distribution().resolve("bundles").resolve(file),
                Path.of(repository, "io", "osmos", artifactId, version, file));
        return places.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IllegalStateException(
                file + " not found in " + places + ": build and install it first (mvn install -f hooks/pom.xml,"
                        + " mvn install -pl bundles/modules)"));
    }
}
