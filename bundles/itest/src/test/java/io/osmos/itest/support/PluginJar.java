package io.osmos.itest.support;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Packs one package of the compiled test classes into a plugin bundle with bnd, the way a plugin
 * author's build would: Declarative Services XML from the annotations, imports versioned against
 * the API and protocol jars under test. Runs in the test driver, outside any container.
 */
public final class PluginJar {
    private PluginJar() {
    }

    public static Path build(String packageName, String version, Path jarFile) {
        try (Builder builder = new Builder()) {
            builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, packageName);
            builder.setProperty(Constants.BUNDLE_VERSION, version);
            builder.setProperty(Constants.PRIVATEPACKAGE, packageName);
            builder.setProperty(Constants.DSANNOTATIONS, "*");
            builder.addClasspath(ItestPaths.testClasses().toFile());
            for (Path jar : contractJars()) {
                builder.addClasspath(jar.toFile());
            }
            Jar jar = builder.build();
            if (!builder.isOk()) {
                throw new IllegalStateException("bnd could not build plugin " + packageName + ": "
                        + builder.getErrors());
            }
            Files.createDirectories(jarFile.getParent());
            jar.write(jarFile.toFile());
            return jarFile;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plugin bundle " + jarFile, e);
        } catch (Exception e) {
            throw new IllegalStateException("bnd failed to build plugin " + packageName + ": " + e, e);
        }
    }

    /** The jars a plugin compiles against: the Osmos API and protocol, and protobuf. */
    private static List<Path> contractJars() throws IOException {
        try (Stream<Path> jars = Files.list(ItestPaths.bundles())) {
            return jars.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("osmos-api-") || name.startsWith("osmos-protocol-")
                        || name.startsWith("protobuf-java-");
            }).sorted().collect(Collectors.toList());
        }
    }
}
