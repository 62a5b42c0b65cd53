package io.osmos.itest.support;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.options.ProvisionOption;

/**
 * Pax Exam options for a container that runs a feature the way the launcher does: the platform
 * bundles (Declarative Services, ConfigAdmin, FileInstall) start at once; the feature's own bundles
 * are only installed, so a test can hand over their configuration first (see {@link FeatureStarter}).
 */
public final class ContainerOptions {
    /** Framework property naming the feature file, read by the test inside the container. */
    public static final String FEATURE_PROPERTY = "osmos.itest.feature";

    /** groupId:artifactId of bundles the platform starts before any feature bundle. */
    private static final List<String> PLATFORM = List.of(
            "org.osgi:org.osgi.util.function",
            "org.osgi:org.osgi.util.promise",
            "org.osgi:org.osgi.service.component",
            "org.apache.felix:org.apache.felix.scr",
            "org.apache.felix:org.apache.felix.configadmin",
            "org.apache.felix:org.apache.felix.fileinstall");

    private ContainerOptions() {
    }

    /**
     * Everything a test container needs to run {@code feature}, with FileInstall watching
     * {@code deployDir}.
     */
    public static Option[] forFeature(FeatureFile feature, Path deployDir) {
        List<Option> options = new ArrayList<>();
        // Pax Exam's own logging, in the 2.x line: it also exports org.slf4j 2.0, which our bundles import.
        options.add(bundle(ItestPaths.paxLogging().toUri().toString()));
        options.add(junitBundles());
        Set<String> listed = new LinkedHashSet<>();
        for (MavenId id : feature.bundles()) {
            listed.add(id.groupId() + ":" + id.artifactId());
        }
        for (String platform : PLATFORM) {
            if (!listed.contains(platform)) {
                String[] ga = platform.split(":");
                options.add(mavenBundle(ga[0], ga[1]).versionAsInProject());
            }
        }
        for (MavenId id : feature.bundles()) {
            if (id.groupId().equals("org.slf4j")) {
                continue; // slf4j 2 needs a service loader mediator; pax-logging-api stands in for it
            }
            ProvisionOption<?> option = provision(id);
            boolean platform = PLATFORM.contains(id.groupId() + ":" + id.artifactId());
            options.add(platform ? option : option.noStart());
        }
        options.add(frameworkProperty(FEATURE_PROPERTY).value(feature.path().toString()));
        options.add(frameworkProperty("felix.fileinstall.dir").value(deployDir.toString()));
        options.add(frameworkProperty("felix.fileinstall.poll").value("200"));
        options.add(frameworkProperty("felix.fileinstall.noInitialDelay").value("true"));
        // a Gogo shell in the feature must not read the test's stdin or stop the framework at its end
        options.add(frameworkProperty("gosh.args").value("--nointeractive"));
        return options.toArray(new Option[0]);
    }

    /**
     * The jar for a feature's Maven id: this module's copy of a reactor jar if it depends on it, else
     * the distribution's copy (the features module copied every bundle it ships from the reactor),
     * else the local repository's through pax-url.
     */
    static ProvisionOption<?> provision(MavenId id) {
        for (Path dir : List.of(ItestPaths.bundles(), ItestPaths.distribution().resolve("bundles"))) {
            Path jar = dir.resolve(id.fileName());
            if (Files.isRegularFile(jar)) {
                return bundle(jar.toUri().toString());
            }
        }
        var option = mavenBundle(id.groupId(), id.artifactId(), id.version()).type(id.type());
        return id.classifier().isEmpty() ? option : option.classifier(id.classifier());
    }
}
