package io.osmos.launcher.feature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds a feature's jars: first in the distribution's bundles/ folder, then in the local Maven
 * repository, so a developer can boot straight from a build.
 */
public final class BundleLocator {
    private final Optional<Path> bundlesDir;
    private final Path mavenRepository;

    public BundleLocator(Optional<Path> bundlesDir, Path mavenRepository) {
        this.bundlesDir = bundlesDir;
        this.mavenRepository = mavenRepository;
    }

    /** The local repository Maven uses: {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
    public static Path defaultMavenRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    public Path locate(BundleRef ref) throws FeatureException {
        List<Path> candidates = new ArrayList<>();
        bundlesDir.ifPresent(dir -> candidates.add(dir.resolve(ref.fileName())));
        candidates.add(ref.inMavenRepository(mavenRepository));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new FeatureException("bundle " + ref + " not found (looked for "
                + candidates.stream().map(Path::toString).collect(Collectors.joining(" and ")) + ")");
    }

    /** Every bundle of the feature, in feature order; the first missing one stops the search. */
    public List<Path> locateAll(Feature feature) throws FeatureException {
        List<Path> jars = new ArrayList<>();
        for (BundleRef ref : feature.bundles()) {
            jars.add(locate(ref));
        }
        return jars;
    }
}
