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
import org.osgi.framework.Version;

/**
 * Replacing a plugin's jar in deploy/ with a new version (complete copy, atomic rename over the old
 * file) updates the installed bundle in place: same bundle id, an UPDATED event, no uninstall, and
 * the new version's behaviour from then on. No platform bundle is stopped, refreshed or updated.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginUpdateIT {
    private static final Duration DEPLOY = Duration.ofSeconds(15);
    private static final String FILE = "versioned-hook.jar";

    @Inject
    private BundleContext context;

    private static Path built(String version) {
        return ItestPaths.work().resolve("plugins").resolve("versioned-" + version + ".jar");
    }

    @Configuration
    public Option[] config() {
        PluginBundles.build(TestPlugins.VERSIONED, "1.0.0", TestPlugins.V1_PACKAGE, built("1.0.0"));
        PluginBundles.build(TestPlugins.VERSIONED, "2.0.0", TestPlugins.V2_PACKAGE, built("2.0.0"));
        return PluginContainer.options("update");
    }

    @Test
    public void aNewJarUnderTheSameNameUpdatesTheBundleAndItsBehaviour() {
        PluginContainer.start(context, Map.of());
        DeployFolder deploy = new DeployFolder(PluginContainer.deployDir(context), PluginContainer.stagingDir(context));
        try (ServiceWatch watch = new ServiceWatch(context, ServiceWatch.masterHook(TestPlugins.VERSIONED_NAME))) {
            deploy.drop(built("1.0.0"), FILE);
            Await.future("version 1's hook", DEPLOY, watch.registered());
        }
        assertEquals(List.of(TestPlugins.VERSION_LABEL + "=1"), HookCalls.taskLabels(context, TestPlugins.VERSIONED_NAME));
        Bundle plugin = bundle(TestPlugins.VERSIONED);
        Map<Long, BundleStates.Snapshot> before = BundleStates.snapshot(context);
        before.remove(plugin.getBundleId());

        try (BundleEventLog log = new BundleEventLog(context);
                ServiceWatch watch = new ServiceWatch(context, ServiceWatch.masterHook(TestPlugins.VERSIONED_NAME))) {
            var updated = log.next(e -> e.bundleId() == plugin.getBundleId() && e.what().equals("UPDATED"));
            deploy.drop(built("2.0.0"), FILE);
            log.await("the plugin UPDATED", DEPLOY, updated);
            Await.future("version 2's hook", DEPLOY, watch.registered());
            assertEquals(new Version(2, 0, 0), plugin.getVersion());
            assertEquals("the same bundle, updated in place", plugin, bundle(TestPlugins.VERSIONED));
            assertTrue("never uninstalled: " + log.entries(), log.entries().stream()
                    .noneMatch(e -> e.bundleId() == plugin.getBundleId() && e.what().equals("UNINSTALLED")));
            assertEquals("platform bundles disturbed by the update; log: " + log.entries(), List.of(),
                    log.entries().stream().filter(e -> before.containsKey(e.bundleId()))
                            .filter(e -> List.of("STOPPING", "STOPPED", "UNRESOLVED", "UPDATED").contains(e.what()))
                            .map(Object::toString).toList());
        }
        assertEquals(List.of(TestPlugins.VERSION_LABEL + "=2"), HookCalls.taskLabels(context, TestPlugins.VERSIONED_NAME));
        Map<Long, BundleStates.Snapshot> after = BundleStates.snapshot(context);
        after.remove(plugin.getBundleId());
        assertEquals(before, after);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
