package io.osmos.modules.manifest;

import io.osmos.modules.manifest.ModuleManifest.Library;
import io.osmos.modules.resolve.ResolutionReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Loads a manifest's library, which is a bundle here. {@code file}: the jar is installed (once: its
 * location is its file URL) and started. {@code name}: a bundle of that symbolic name must be
 * installed (it is started if it is not) or lie in the deploy folder, where FileInstall installs it.
 */
final class LibraryLoader {
    /** Where a library was found; exactly one of the three is set. */
    record Plan(Library library, Path jar, Bundle installed, Path deployed) {
    }

    private final BundleContext context;
    private final Path deployDir;

    /** {@code deployDir} may be null when FileInstall is not configured. */
    LibraryLoader(BundleContext context, Path deployDir) {
        this.context = context;
        this.deployDir = deployDir;
    }

    /** Finds the library without changing anything; fails naming it when it is nowhere. */
    Plan locate(Library library, Path base) throws ManifestException {
        String where = "library '" + library.label() + "'";
        if (library.file() != null) {
            Path jar = base.resolve(library.file()).normalize();
            if (!Files.isRegularFile(jar)) {
                throw new ManifestException(where + ": no bundle jar at " + jar);
            }
            return new Plan(library, jar, null, null);
        }
        Optional<Bundle> installed = Arrays.stream(context.getBundles())
                .filter(b -> library.name().equals(b.getSymbolicName()))
                .max(Comparator.comparing(Bundle::getVersion));
        if (installed.isPresent()) {
            return new Plan(library, null, installed.get(), null);
        }
        Optional<Path> deployed = inDeployFolder(library.name());
        if (deployed.isPresent()) {
            return new Plan(library, null, null, deployed.get());
        }
        throw new ManifestException(where + ": no bundle with symbolic name '" + library.name() + "' is installed"
                + (deployDir == null ? "" : " or in " + deployDir));
    }

    /** Installs and starts what {@link #locate} found; a bundle that cannot resolve fails naming why. */
    void load(Plan plan) throws ManifestException {
        String where = "library '" + plan.library().label() + "'";
        Bundle bundle = plan.installed();
        if (plan.jar() != null) {
            String location = plan.jar().toUri().toString();
            bundle = context.getBundle(location);
            if (bundle == null) {
                try {
                    bundle = context.installBundle(location);
                } catch (BundleException e) {
                    throw new ManifestException(where + ": " + plan.jar() + " cannot be installed: " + e.getMessage(), e);
                }
            }
        }
        if (bundle == null || fragment(bundle) || bundle.getState() == Bundle.ACTIVE) {
            return;
        }
        try {
            bundle.start();
        } catch (BundleException e) {
            String why = bundle.getState() == Bundle.INSTALLED
                    ? "cannot resolve: " + ResolutionReport.reason(bundle, context.getBundles())
                    : "failed to start: " + e.getMessage();
            throw new ManifestException(where + ": bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " "
                    + why, e);
        }
    }

    private Optional<Path> inDeployFolder(String symbolicName) {
        if (deployDir == null || !Files.isDirectory(deployDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(deployDir)) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
            return jars.stream().filter(jar -> symbolicName.equals(symbolicName(jar))).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String header = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return header == null ? null : header.split(";")[0].trim();
        } catch (IOException notAJar) {
            return null;
        }
    }

    private static boolean fragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }
}
