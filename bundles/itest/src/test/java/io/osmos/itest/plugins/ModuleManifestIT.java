package io.osmos.itest.plugins;

import static org.junit.Assert.assertEquals;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.ItestPaths;
import io.osmos.itest.support.Services;
import java.io.IOException;
import java.nio.file.Files;
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
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Mesos module manifests through configuration PID io.osmos.modules, as {@code --modules} (a
 * file:// URL) and {@code --modules_dir} would set it: a library given as a bundle jar is installed
 * and started, its module's parameters become that module's configuration (the hook uses them), and
 * a manifest naming a jar that is not there fails with an error naming the manifest and library.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleManifestIT {
    private static final Duration APPLIED = Duration.ofSeconds(20);
    private static final String MODULE = "io.osmos.hooks.tasklabel";

    @Inject
    private BundleContext context;

    private static Path manifests() {
        return ItestPaths.work().resolve("plugins").resolve("manifests");
    }

    @Configuration
    public Option[] config() throws IOException {
        Path good = Files.createDirectories(manifests()).resolve("task-label.json");
        Files.writeString(good, "{\"libraries\":[{\"file\":\"" + ExampleHooks.jar("task-label") + "\",\"modules\":["
                + "{\"name\":\"" + MODULE + "\",\"parameters\":[{\"key\":\"labels\",\"value\":\"team=manifest\"}]}]}]}");
        Path dir = Files.createDirectories(manifests().resolve("dir"));
        Files.writeString(dir.resolve("missing.json"), "{\"libraries\":[{\"file\":\"/nonexistent/missing.jar\","
                + "\"modules\":[{\"name\":\"org_example_Missing\"}]}]}");
        return PluginContainer.options("manifests");
    }

    @Test
    public void aManifestLoadsItsBundleAndConfiguresItsModuleAndABadOneIsNamed() throws Exception {
        Path good = manifests().resolve("task-label.json");
        Path bad = manifests().resolve("dir").resolve("missing.json");
        ModulesApi api = new ModulesApi(PluginContainer.start(context, Map.of("io.osmos.modules", Map.of(
                "modules", good.toUri().toString(), "modules_dir", bad.getParent().toString()))));

        List<String> labels = Await.value("the manifest's hook labelling with its parameters", APPLIED, () -> {
            try {
                List<String> given = HookCalls.taskLabels(context, "task_label");
                return given.contains("team=manifest") ? Optional.of(given) : Optional.empty();
            } catch (AssertionError notYet) {
                return Optional.empty();
            }
        });
        assertEquals(List.of("osmos.io/framework=", "team=manifest"), labels);

        List<?> results = (List<?>) api.listing().get("manifests");
        assertEquals(Map.of("source", good.toString(), "status", "applied", "modules", List.of(MODULE)), results.get(0));
        assertEquals(Map.of("source", bad.toString(), "status", "failed", "modules", List.of(),
                "error", "manifest " + bad + ": library '/nonexistent/missing.jar': no bundle jar at /nonexistent/missing.jar"),
                results.get(1));
        assertEquals(1L, api.metrics().get("modules/manifests_failed"));

        ConfigurationAdmin configAdmin = Services.await(context, ConfigurationAdmin.class, APPLIED);
        var properties = configAdmin.getConfiguration(MODULE, "?").getProperties();
        assertEquals("team=manifest", properties.get("labels"));
        assertEquals(good.toString(), properties.get("osmos.modules.source"));
    }
}
