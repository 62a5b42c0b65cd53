package io.osmos.itest.plugins;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.BundleEventLog;
import io.osmos.itest.support.ItestPaths;
import java.lang.ref.WeakReference;
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
 * Once a plugin is removed from deploy/ (uninstalled and refreshed), nothing in the platform keeps
 * its classes: a weak reference to a class from the plugin, and to its class loader, is cleared by
 * the garbage collector. The master bound the plugin's hook while it was there, so this also shows
 * the master lets go of a removed hook.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginClassLoaderIT {
    private static final Duration DEPLOY = Duration.ofSeconds(15);
    private static final Duration COLLECTED = Duration.ofSeconds(30);
    private static final String FILE = "collectable-hook.jar";

    @Inject
    private BundleContext context;

    private static Path built() {
        return ItestPaths.work().resolve("plugins").resolve("collectable-1.0.0.jar");
    }

    @Configuration
    public Option[] config() {
        PluginBundles.build(TestPlugins.VERSIONED, "1.0.0", TestPlugins.V1_PACKAGE, built());
        return PluginContainer.options("class-loader");
    }

    @Test
    public void anUninstalledPluginsClassLoaderIsCollected() throws Exception {
        ModulesApi api = new ModulesApi(PluginContainer.start(context, Map.of()));
        DeployFolder deploy = new DeployFolder(PluginContainer.deployDir(context), PluginContainer.stagingDir(context));
        try (ServiceWatch watch = new ServiceWatch(context, ServiceWatch.masterHook(TestPlugins.VERSIONED_NAME))) {
            deploy.drop(built(), FILE);
            Await.future("the plugin's hook", DEPLOY, watch.registered());
        }
        assertEquals("the plugin's hook is called", List.of(TestPlugins.VERSION_LABEL + "=1"),
                HookCalls.taskLabels(context, TestPlugins.VERSIONED_NAME));
        assertEquals(List.of(TestPlugins.VERSIONED_NAME), api.kind("master_hook").get("order"));
        WeakReference<Class<?>> pluginClass = pluginClass();
        WeakReference<ClassLoader> pluginLoader = new WeakReference<>(pluginClass.get().getClassLoader());

        try (BundleEventLog log = new BundleEventLog(context)) {
            var uninstalled = log.next(e -> TestPlugins.VERSIONED.equals(e.symbolicName()) && e.what().equals("UNINSTALLED"));
            var refreshed = log.next(e -> e.what().equals("PACKAGES_REFRESHED"));
            deploy.delete(FILE);
            log.await("the plugin UNINSTALLED", DEPLOY, uninstalled);
            log.await("the refresh after the uninstall", DEPLOY, refreshed);
        }
        Await.value("the plugin's class and class loader to be collected", COLLECTED, () -> {
            System.gc();
            return pluginClass.get() == null && pluginLoader.get() == null ? Optional.of(true) : Optional.empty();
        });
    }

    /** A class of the plugin, loaded through its bundle; no strong reference to the bundle stays here. */
    private WeakReference<Class<?>> pluginClass() throws ClassNotFoundException {
        for (Bundle bundle : context.getBundles()) {
            if (TestPlugins.VERSIONED.equals(bundle.getSymbolicName())) {
                Class<?> type = bundle.loadClass(TestPlugins.V1_PACKAGE + ".VersionedHook");
                assertNotNull(type);
                return new WeakReference<>(type);
            }
        }
        throw new AssertionError("the plugin bundle is not installed");
    }
}
