package io.osmos.itest.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the build put what the tests need; the pom hands these over as system properties. */
public final class ItestPaths {
    private ItestPaths() {
    }

    /** Bundles under test, copied from the reactor (or the local repository) by copy-dependencies. */
    public static Path bundles() {
        return required("osmos.itest.bundles");
    }

    /** features/target: the filtered feature files and the distribution. */
    public static Path featuresTarget() {
        return required("osmos.itest.features");
    }

    /** Scratch space for deploy folders, work dirs and logs, under this module's target. */
    public static Path work() {
        return required("osmos.itest.work");
    }

    /** Compiled test classes: the plugin bundle is built from the package in here. */
    public static Path testClasses() {
        return required("osmos.itest.testClasses");
    }

    /** pax-logging-api 2.x, the containers' slf4j (the pom copies it; it is not on the class path). */
    public static Path paxLogging() {
        return required("osmos.itest.paxLogging");
    }

    /** The distribution the features module assembles. */
    public static Path distribution() {
        return featuresTarget().resolve("osmos");
    }

    /** The filtered copy of a feature file, e.g. {@code local.json}, with versions from the poms. */
    public static Path feature(String fileName) {
        Path feature = featuresTarget().resolve("features").resolve(fileName);
        if (!Files.isRegularFile(feature)) {
            throw new IllegalStateException("feature " + feature + " not found: build the features module first");
        }
        return feature;
    }

    private static Path required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property
                    + " is not set: run the integration tests through Maven (mvn verify -pl bundles/itest)");
        }
        return Paths.get(value).toAbsolutePath();
    }
}
