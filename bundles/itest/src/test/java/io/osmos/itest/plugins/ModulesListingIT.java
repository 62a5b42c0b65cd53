package io.osmos.itest.plugins;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.Http;
import io.osmos.itest.support.ItestPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * What an operator sees of the loaded modules on a running local platform: {@code GET /modules}
 * shows the random allocator selected (by default) with its bundle and the API version it was built
 * against; {@code POST /modules/select} refuses what it cannot do with 400 and 409 and writes what
 * it can; the hook order follows the configured list; the shell prints the same listing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class ModulesListingIT {
    private static final Duration DEPLOY = Duration.ofSeconds(15);

    @Inject
    private BundleContext context;

    @After
    public void clearDeployFolder() {
        PluginContainer.clearDeploy(context);
    }

    @Configuration
    public Option[] config() {
        Path staged = ItestPaths.work().resolve("plugins").resolve("listing-v1.jar");
        PluginBundles.build(TestPlugins.VERSIONED, "1.0.0", TestPlugins.V1_PACKAGE, staged);
        return PluginContainer.options("listing");
    }

    @Test
    public void theHierarchicalAllocatorIsListedAsSelectedWithItsBundleAndApiVersion() {
        ModulesApi api = new ModulesApi(PluginContainer.start(context, Map.of()));
        Map<String, Object> allocator = api.kind("allocator");
        assertEquals(List.of("hierarchical"), allocator.get("selected"));
        Map<?, ?> selection = (Map<?, ?>) ((List<?>) allocator.get("selection")).get(0);
        assertEquals("io.osmos.master/allocator from the default", List.of("io.osmos.master", "allocator",
                "hierarchical", "default"), List.of(selection.get("pid"), selection.get("property"),
                selection.get("value"), selection.get("source")));
        Map<?, ?> hierarchical = module(allocator, "hierarchical");
        assertEquals("io.osmos.allocator.drf", hierarchical.get("bundle"));
        assertEquals("ACTIVE", hierarchical.get("state"));
        assertEquals(Boolean.TRUE, hierarchical.get("selected"));
        assertEquals("the other allocator is installed, not selected", Boolean.FALSE,
                module(allocator, "random").get("selected"));
        Map<?, ?> apiImport = (Map<?, ?>) hierarchical.get("api");
        assertEquals("io.osmos.api.allocator", apiImport.get("package"));
        assertEquals("1.1.0", apiImport.get("version"));
        assertEquals("io.osmos.api", apiImport.get("provider"));
        // Built against 1.1, whose capabilities form of addAgent it implements.
        assertTrue("built against 1.1: " + apiImport, String.valueOf(apiImport.get("range")).startsWith("[1.1.0,"));
        assertEquals(List.of("posix/cpu", "posix/mem"), api.kind("isolator").get("selected"));
        assertEquals(0L, api.metrics().get("modules/bundles_unresolved"));
    }

    @Test
    public void selectingRefusesUnknownKindsAndModulesAndWritesTheMasterConfiguration() {
        ModulesApi api = new ModulesApi(PluginContainer.start(context, Map.of()));
        Http.Response unknownKind = api.select("{\"kind\":\"alocator\",\"name\":\"random\"}");
        assertEquals(400, unknownKind.status());
        assertTrue(unknownKind.body(), unknownKind.body().startsWith("Unknown module kind 'alocator'; it is one of:"));
        Http.Response notInstalled = api.select("{\"kind\":\"allocator\",\"name\":\"fair\"}");
        assertEquals(409, notInstalled.status());
        assertTrue(notInstalled.body(), notInstalled.body().startsWith(
                "No allocator module named 'fair' is installed; installed: "));
        assertTrue(notInstalled.body(), notInstalled.body().contains("hierarchical")
                && notInstalled.body().contains("random"));
        Http.Response two = api.select("{\"kind\":\"allocator\",\"name\":\"random,hierarchical\"}");
        assertEquals(400, two.status());

        Http.Response chosen = api.select("{\"kind\":\"allocator\",\"name\":\"hierarchical\"}");
        assertEquals(chosen.body(), 200, chosen.status());
        Map<?, ?> selection = (Map<?, ?>) ((List<?>) api.kind("allocator").get("selection")).get(0);
        assertEquals("configuration", selection.get("source"));
        assertEquals("hierarchical", selection.get("value"));
    }

    @Test
    public void selectingAnotherInstalledAllocatorMakesItTheSelectedOne() {
        ModulesApi api = new ModulesApi(PluginContainer.start(context, Map.of()));
        Http.Response chosen = api.select("{\"kind\":\"allocator\",\"name\":\"random\"}");
        assertEquals(chosen.body(), 200, chosen.status());
        assertTrue(chosen.body(), chosen.body().contains("\"io.osmos.master\""));
        Map<String, Object> allocator = api.kind("allocator");
        assertEquals(List.of("random"), allocator.get("selected"));
        assertEquals(Boolean.TRUE, module(allocator, "random").get("selected"));
        assertEquals(Boolean.FALSE, module(allocator, "hierarchical").get("selected"));
    }

    @Test
    public void hooksRunInTheConfiguredOrderAndTheShellListsThem() throws Exception {
        ModulesApi api = new ModulesApi(PluginContainer.start(context, Map.of()));
        DeployFolder deploy = new DeployFolder(PluginContainer.deployDir(context), PluginContainer.stagingDir(context));
        try (ServiceWatch watch = new ServiceWatch(context, ServiceWatch.masterHook(TestPlugins.VERSIONED_NAME))) {
            deploy.drop(ItestPaths.work().resolve("plugins").resolve("listing-v1.jar"), "versioned.jar");
            Await.future("the versioned hook's service", DEPLOY, watch.registered());
        }
        Http.Response chosen = api.select("{\"kind\":\"master_hook\",\"name\":[\"" + TestPlugins.VERSIONED_NAME + "\"]}");
        assertEquals(chosen.body(), 200, chosen.status());
        Map<String, Object> hooks = api.kind("master_hook");
        assertEquals(List.of(TestPlugins.VERSIONED_NAME), hooks.get("order"));
        Map<?, ?> hook = module(hooks, TestPlugins.VERSIONED_NAME);
        assertEquals(TestPlugins.VERSIONED, hook.get("bundle"));
        assertEquals(1L, hook.get("position"));

        String table = shell("modules");
        assertTrue(table, table.contains("master_hook call order: " + TestPlugins.VERSIONED_NAME));
        assertTrue(table, table.lines().anyMatch(l -> l.startsWith("allocator") && l.contains("hierarchical")
                && l.contains("io.osmos.allocator.drf") && l.trim().endsWith("*")));
        assertEquals(409, api.select("{\"kind\":\"master_hook\",\"name\":\"nobody\"}").status());
    }

    private static Map<?, ?> module(Map<String, Object> kind, String name) {
        return ((List<?>) kind.get("modules")).stream().map(m -> (Map<?, ?>) m).filter(m -> name.equals(m.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no module " + name + " in " + kind));
    }

    /** Calls a command of scope osmos the way Gogo does: a public method of the command service, by name. */
    private String shell(String function) throws Exception {
        ServiceReference<?> reference = Await.value("the osmos shell commands", DEPLOY, () -> {
            try {
                ServiceReference<?>[] found = context.getServiceReferences((String) null,
                        "(&(osgi.command.scope=osmos)(osgi.command.function=" + function + "))");
                return found == null ? Optional.empty() : Optional.of(found[0]);
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
        Object commands = context.getService(reference);
        try {
            return String.valueOf(commands.getClass().getMethod(function).invoke(commands));
        } finally {
            context.ungetService(reference);
        }
    }
}
