package io.osmos.itest.plugins;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;
import io.osmos.itest.support.ItestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds plugin bundles from packages of the compiled test classes while the test runs, as a plugin
 * author's bnd build would, with the symbolic name and version chosen here: two packages can become
 * two versions of one bundle, and the imports can be overridden to make a bundle that cannot resolve.
 * Runs in the test driver, outside any container.
 */
final class PluginBundles {
    private PluginBundles() {
    }

    static Path build(String symbolicName, String version, String packageName, Path jarFile) {
        return build(symbolicName, version, packageName, null, jarFile);
    }

    /** {@code importPackage}: the Import-Package to declare, before {@code *}; null for what bnd computes. */
    static Path build(String symbolicName, String version, String packageName, String importPackage, Path jarFile) {
        try (Builder builder = new Builder()) {
            builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
            builder.setProperty(Constants.BUNDLE_VERSION, version);
            builder.setProperty(Constants.PRIVATEPACKAGE, packageName);
            builder.setProperty(Constants.DSANNOTATIONS, "*");
            if (importPackage != null) {
                builder.setProperty(Constants.IMPORT_PACKAGE, importPackage + ",*");
            }
            builder.addClasspath(ItestPaths.testClasses().toFile());
            for (Path jar : contractJars()) {
                builder.addClasspath(jar.toFile());
            }
            Jar jar = builder.build();
            if (!builder.isOk()) {
                throw new IllegalStateException("bnd could not build " + symbolicName + ": " + builder.getErrors());
            }
            Files.createDirectories(jarFile.getParent());
            jar.write(jarFile.toFile());
            return jarFile;
        } catch (Exception e) {
            throw new IllegalStateException("bnd failed to build " + symbolicName + " " + version + ": " + e, e);
        }
    }

    private static List<Path> contractJars() throws IOException {
        try (Stream<Path> jars = Files.list(ItestPaths.bundles())) {
            return jars.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("osmos-api-") || name.startsWith("osmos-protocol-")
                        || name.startsWith("protobuf-java-");
            }).sorted().toList();
        }
    }
}
