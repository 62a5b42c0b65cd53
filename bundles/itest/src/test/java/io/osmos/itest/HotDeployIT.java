package io.osmos.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.osmos.itest.plugin.HotDeployedMasterHook;
import io.osmos.itest.support.Await;
import io.osmos.itest.support.BundleEventLog;
import io.osmos.itest.support.BundleStates;
import io.osmos.itest.support.ContainerOptions;
import io.osmos.itest.support.FeatureFile;
import io.osmos.itest.support.FeatureStarter;
import io.osmos.itest.support.ItestPaths;
import io.osmos.itest.support.LocalFlags;
import io.osmos.itest.support.MasterHooks;
import io.osmos.itest.support.PluginJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Hot plug as an operator does it: drop a hook bundle into the deploy folder of a running local
 * platform, see its service come; delete the file, see it go. The platform's own bundles must not
 * notice: none stopped, none refreshed, none re-installed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT {
    // a constant, so the probe never loads the plugin's own copy of the class
    private static final String PLUGIN = HotDeployedMasterHook.BUNDLE;
    private static final Duration STARTUP = Duration.ofSeconds(30);
    // FileInstall polls every 200 ms; a few seconds leaves room for a loaded build machine
    private static final Duration FILE_INSTALL = Duration.ofSeconds(15);

    @Inject
    private BundleContext context;

    private static Path hotDeployDir() {
        return ItestPaths.work().resolve("hot-deploy");
    }

    /** The plugin is built here, outside the deploy folder, so FileInstall never sees half a jar. */
    private static Path stagedPlugin() {
        return hotDeployDir().resolve("staging").resolve(PLUGIN + ".jar");
    }

    @Configuration
    public Option[] config() throws IOException {
        Path deploy = hotDeployDir().resolve("deploy");
        Files.createDirectories(deploy);
        try (var stale = Files.list(deploy)) {
            for (Path file : stale.collect(Collectors.toList())) {
                Files.delete(file);
            }
        }
        PluginJar.build(PLUGIN, "1.0.0", stagedPlugin());
        FeatureFile local = FeatureFile.read(ItestPaths.feature("local.json"));
        return ContainerOptions.forFeature(local, deploy);
    }

    @Test
    public void droppingAndDeletingAHookBundleLeavesThePlatformAlone() throws IOException {
        Path workDir = Files.createTempDirectory(Files.createDirectories(ItestPaths.work()), "hot-deploy-");
        FeatureStarter.start(context, FeatureStarter.feature(context),
                LocalFlags.configurations(LocalFlags.freePort(), workDir));
        BundleStates.awaitAllActive(context, STARTUP);
        Map<Long, BundleStates.Snapshot> before = BundleStates.snapshot(context);
        Path deployed = Path.of(context.getProperty("felix.fileinstall.dir")).resolve(PLUGIN + ".jar");

        try (BundleEventLog log = new BundleEventLog(context)) {
            MasterHooks hooks = new MasterHooks(context, HotDeployedMasterHook.NAME);
            hooks.open();
            try {
                var installed = log.next(e -> PLUGIN.equals(e.symbolicName()) && e.what().equals("STARTED"));
                Files.move(stagedPlugin(), deployed, StandardCopyOption.ATOMIC_MOVE);
                log.await("plugin bundle STARTED", FILE_INSTALL, installed);
                var hook = Await.future("the plugin's MasterHook service", FILE_INSTALL, hooks.added());
                assertEquals("the hook is registered by the dropped bundle", PLUGIN, MasterHooks.provider(hook));
                assertEquals("the hot-deployed hook decorates task labels; log: " + log.entries(),
                        Optional.of(HotDeployedMasterHook.LABEL_KEY), hooks.decorateLabels(hook));

                var uninstalled = log.next(e -> PLUGIN.equals(e.symbolicName()) && e.what().equals("UNINSTALLED"));
                var refreshed = log.next(e -> e.what().equals("PACKAGES_REFRESHED"));
                Files.delete(deployed);
                Await.future("the plugin's MasterHook service to go", FILE_INSTALL, hooks.removed());
                log.await("plugin bundle UNINSTALLED", FILE_INSTALL, uninstalled);
                // FileInstall refreshes after an uninstall; only once that is done could a core bundle have been hit
                log.await("package refresh after the uninstall", FILE_INSTALL, refreshed);
                assertTrue("no hook left after the file is gone", hooks.isEmpty());
            } finally {
                hooks.close();
            }
            assertPlatformUntouched(before, log.entries());
        }
        assertEquals("core bundles' state and last-modified time after the hot plug", before,
                BundleStates.snapshot(context));
    }

    private static void assertPlatformUntouched(Map<Long, BundleStates.Snapshot> before,
            List<BundleEventLog.Entry> log) {
        // the log does see stops and refreshes: the plugin's own show up in it
        List<String> plugin = log.stream().filter(e -> PLUGIN.equals(e.symbolicName())).map(BundleEventLog.Entry::what)
                .collect(Collectors.toList());
        assertTrue("plugin stopped and unresolved on removal; log: " + log,
                plugin.contains("STOPPED") && plugin.contains("UNRESOLVED"));
        List<String> disturbed = log.stream()
                .filter(e -> before.containsKey(e.bundleId()))
                .filter(e -> List.of("STOPPING", "STOPPED", "UNRESOLVED", "UPDATED", "UNINSTALLED").contains(e.what()))
                .map(Object::toString)
                .collect(Collectors.toList());
        assertEquals("core bundles stopped, unresolved (refreshed) or updated by the hot plug; log: " + log,
                List.of(), disturbed);
    }
}
