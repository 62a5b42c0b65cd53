package io.osmos.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.LoggerFactory;

/**
 * The packages the system bundle exports from the launcher's class path, each at the version of the
 * jar that holds it, so the list never drifts from the pinned dependency versions.
 */
final class SystemPackages {
    private SystemPackages() {
    }

    /** The value of {@code org.osgi.framework.system.packages.extra}. */
    static String extra() {
        String slf4j = version(LoggerFactory.class);
        String cm = version(ConfigurationAdmin.class);
        return List.of("org.slf4j", "org.slf4j.event", "org.slf4j.helpers", "org.slf4j.spi").stream()
                .map(p -> p + ";version=" + slf4j)
                .collect(Collectors.joining(","))
                + ",org.osgi.service.cm;version=" + cm;
    }

    /** major.minor.micro of the Bundle-Version in the manifest of the jar {@code type} was loaded from. */
    static String version(Class<?> type) {
        try {
            Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (JarFile file = new JarFile(jar.toFile())) {
                String bundleVersion = file.getManifest().getMainAttributes().getValue("Bundle-Version");
                String[] parts = bundleVersion.trim().split("\\.");
                return String.join(".", List.of(parts).subList(0, Math.min(3, parts.length)));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot read the version of " + type.getName() + "'s jar: " + e, e);
        }
    }
}
