package io.osmos.itest.plugins;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.BundleEventLog;
import io.osmos.itest.support.BundleStates;
import io.osmos.itest.support.ItestPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A plugin built against an incompatible major version of the hook API, dropped into deploy/: it is
 * installed but refused, and the operator sees one line naming the missing requirement in the module
 * listing and a metric; the platform is not disturbed. Deleting it clears both.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class UnresolvablePluginIT {
    private static final Duration DEPLOY = Duration.ofSeconds(15);
    private static final String FILE = "incompatible-hook.jar";

    @Inject
    private BundleContext context;

    private static Path built() {
        return ItestPaths.work().resolve("plugins").resolve("incompatible-1.0.0.jar");
    }

    @Configuration
    public Option[] config() {
        PluginBundles.build(TestPlugins.INCOMPATIBLE, "1.0.0", "io.osmos.itest.plugins.incompatible",
                TestPlugins.INCOMPATIBLE_IMPORT, built());
        return PluginContainer.options("unresolvable");
    }

    @Test
    public void anIncompatiblePluginIsRefusedWithOneLineNamingTheMissingPackage() {
        ModulesApi api = new ModulesApi(PluginContainer.start(context, Map.of()));
        Map<Long, BundleStates.Snapshot> before = BundleStates.snapshot(context);
        DeployFolder deploy = new DeployFolder(PluginContainer.deployDir(context), PluginContainer.stagingDir(context));
        try (BundleEventLog log = new BundleEventLog(context)) {
            var installed = log.next(e -> TestPlugins.INCOMPATIBLE.equals(e.symbolicName()) && e.what().equals("INSTALLED"));
            deploy.drop(built(), FILE);
            log.await("the incompatible plugin INSTALLED", DEPLOY, installed);

            Map<String, Object> refused = Await.value("the plugin listed as unresolved", DEPLOY, () ->
                    api.unresolved().stream().filter(u -> TestPlugins.INCOMPATIBLE.equals(u.get("bundle"))).findFirst());
            String reason = (String) refused.get("reason");
            assertEquals("missing package io.osmos.api.hook [2.0.0,3.0.0); installed: io.osmos.api.hook 1.0.0 from"
                    + " io.osmos.api " + apiVersion(), reason);
            assertEquals("one line", 1, reason.lines().count());
            assertEquals("1.0.0", refused.get("bundle_version"));
            assertTrue("installed from deploy/: " + refused, String.valueOf(refused.get("location")).endsWith("/" + FILE));
            Bundle plugin = context.getBundle((Long) refused.get("bundle_id"));
            assertEquals("the plugin stays INSTALLED", Bundle.INSTALLED, plugin.getState());

            Map<String, Object> metrics = api.metrics();
            assertEquals(1L, metrics.get("modules/bundles_unresolved"));
            assertEquals(1L, metrics.get("modules/bundles_unresolved/" + TestPlugins.INCOMPATIBLE));
            Map<String, Object> master = api.masterMetrics();
            assertEquals("the master's snapshot counts it too: " + master, 1.0,
                    ((Number) master.get("modules/bundles_unresolved")).doubleValue(), 0.0);
            assertEquals(1.0, ((Number) master.get("modules/bundles_unresolved/" + TestPlugins.INCOMPATIBLE))
                    .doubleValue(), 0.0);
            assertTrue("and keeps the master's own: " + master.keySet(), master.containsKey("master/uptime_secs"));
            assertEquals(List.of(), log.entries().stream().filter(e -> before.containsKey(e.bundleId()))
                    .filter(e -> !e.what().equals("RESOLVED") && !e.what().equals("STARTED")).toList());

            var uninstalled = log.next(e -> TestPlugins.INCOMPATIBLE.equals(e.symbolicName())
                    && e.what().equals("UNINSTALLED"));
            deploy.delete(FILE);
            log.await("the plugin UNINSTALLED", DEPLOY, uninstalled);
            Await.value("the listing to forget the plugin", DEPLOY, () -> api.unresolved().isEmpty()
                    ? Optional.of(true) : Optional.empty());
            assertEquals(0L, api.metrics().get("modules/bundles_unresolved"));
            assertEquals(0.0, ((Number) api.masterMetrics().get("modules/bundles_unresolved")).doubleValue(), 0.0);
        }
    }

    /** The API bundle's version as the framework prints it, e.g. 0.1.0.SNAPSHOT. */
    private String apiVersion() {
        for (Bundle bundle : context.getBundles()) {
            if ("io.osmos.api".equals(bundle.getSymbolicName())) {
                return bundle.getVersion().toString();
            }
        }
        throw new AssertionError("no io.osmos.api bundle");
    }
}
