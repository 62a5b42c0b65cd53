package io.osmos.launcher.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleLocatorTest {
    @TempDir
    Path dir;

    private final BundleRef runtime = BundleRef.parse("io.osmos:osmos-runtime:0.1.0");

    @Test
    void theDistributionComesBeforeTheMavenRepository() throws Exception {
        Path bundles = Files.createDirectories(dir.resolve("bundles"));
        Path repo = dir.resolve("m2");
        Path inRepo = runtime.inMavenRepository(repo);
        Files.createDirectories(inRepo.getParent());
        Files.writeString(inRepo, "jar");
        BundleLocator locator = new BundleLocator(Optional.of(bundles), repo);
        assertEquals(inRepo, locator.locate(runtime));

        Path inDistribution = Files.writeString(bundles.resolve("osmos-runtime-0.1.0.jar"), "jar");
        assertEquals(inDistribution, locator.locate(runtime));
    }

    @Test
    void aMissingBundleIsNamedWithWhereItWasLookedFor() {
        Path bundles = dir.resolve("bundles");
        Path repo = dir.resolve("m2");
        Feature feature = new Feature("g:f:1", dir.resolve("f.json"), List.of(runtime), Map.of());
        FeatureException e = assertThrows(FeatureException.class,
                () -> new BundleLocator(Optional.of(bundles), repo).locateAll(feature));
        assertEquals("bundle io.osmos:osmos-runtime:0.1.0 not found (looked for " + bundles.resolve(runtime.fileName())
                + " and " + runtime.inMavenRepository(repo) + ")", e.getMessage());
    }
}
