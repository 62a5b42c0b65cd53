package io.osmos.modules.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.modules.view.ApiImport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** Unresolvable bundles in a real Felix: noticed, explained in one line, forgotten once they resolve. */
class UnresolvedBundlesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Map<String, String> API_1 = Map.of(Constants.EXPORT_PACKAGE,
            "io.osmos.api.hook;version=1.0.0");

    @TempDir
    Path dir;
    private FelixHarness felix;
    private ScheduledExecutorService actor;
    private UnresolvedBundles unresolved;

    @BeforeEach
    void start() throws Exception {
        felix = new FelixHarness(dir);
        actor = Executors.newSingleThreadScheduledExecutor();
        unresolved = new UnresolvedBundles(felix.framework().getBundleContext(),
                (delay, check) -> actor.schedule(check, delay.toMillis(), TimeUnit.MILLISECONDS));
        unresolved.open();
    }

    @AfterEach
    void stop() throws Exception {
        unresolved.close();
        actor.shutdownNow();
        felix.close();
    }

    @Test
    void aPluginBuiltForTheNextMajorApiIsReportedNamingThePackageAndWhatIsInstalled() throws Exception {
        felix.install("test.api", "0.1.0", API_1);
        Bundle plugin = felix.install("test.plugin", "1.0.0", Map.of(Constants.IMPORT_PACKAGE,
                "io.osmos.api.hook;version=\"[2.0,3)\""));
        FelixHarness.await("the plugin to be reported", WAIT, () -> !unresolved.list().isEmpty());
        UnresolvedBundle reported = unresolved.list().get(0);
        assertEquals(plugin.getBundleId(), reported.bundleId());
        assertEquals("missing package io.osmos.api.hook [2.0.0,3.0.0); installed: io.osmos.api.hook 1.0.0 from"
                + " test.api 0.1.0", reported.reason());
        assertEquals(Bundle.INSTALLED, plugin.getState(), "diagnosing never starts the bundle");
    }

    @Test
    void aReportedBundleIsForgottenOnceWhatItNeedsIsInstalled() throws Exception {
        felix.install("test.plugin", "1.0.0", Map.of(Constants.IMPORT_PACKAGE, "org.example.missing"));
        FelixHarness.await("the plugin to be reported", WAIT, () -> !unresolved.list().isEmpty());
        assertEquals("missing package org.example.missing 0.0.0; nothing installed offers it",
                unresolved.list().get(0).reason());
        felix.install("test.provider", "1.0.0", Map.of(Constants.EXPORT_PACKAGE, "org.example.missing"));
        FelixHarness.await("the report to go once the package is there", WAIT, () -> unresolved.list().isEmpty());
    }

    @Test
    void aBundleWaitingOnAnotherUnresolvableOneSaysSo() throws Exception {
        felix.install("test.middle", "1.0.0", Map.of(Constants.EXPORT_PACKAGE, "org.example.middle",
                Constants.IMPORT_PACKAGE, "org.example.absent"));
        felix.install("test.top", "1.0.0", Map.of(Constants.IMPORT_PACKAGE, "org.example.middle"));
        FelixHarness.await("both to be reported", WAIT, () -> unresolved.list().size() == 2);
        List<String> reasons = unresolved.list().stream().map(UnresolvedBundle::reason).toList();
        assertTrue(reasons.contains("package org.example.middle 0.0.0 is offered only by test.middle, which does not"
                + " resolve either"), reasons.toString());
    }

    @Test
    void aResolvedModuleShowsTheRangeItImportsAndTheVersionItGot() throws Exception {
        felix.install("test.api", "0.1.0", API_1);
        Bundle hook = felix.install("test.hook", "1.0.0", Map.of(Constants.IMPORT_PACKAGE,
                "io.osmos.api.hook;version=\"[1.0,2)\""));
        hook.start();
        Optional<ApiImport> api = ApiImport.of(hook, "io.osmos.api.hook");
        assertEquals(Optional.of(new ApiImport("io.osmos.api.hook", "[1.0.0,2.0.0)", "1.0.0", "test.api")), api);
        assertEquals(Optional.empty(), ApiImport.of(hook, "io.osmos.api.allocator"));
    }
}
