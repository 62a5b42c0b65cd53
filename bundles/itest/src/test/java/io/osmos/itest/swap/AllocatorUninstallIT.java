package io.osmos.itest.swap;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.BundleStates;
import io.osmos.itest.support.ContainerOptions;
import io.osmos.itest.support.FeatureFile;
import io.osmos.itest.support.FeatureStarter;
import io.osmos.itest.support.Http;
import io.osmos.itest.support.ItestPaths;
import io.osmos.itest.support.Json;
import io.osmos.itest.support.LocalFlags;
import io.osmos.itest.support.MavenId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * The bundle of the allocator in use is uninstalled from a running local platform on the real Felix
 * framework: the master falls back to the default allocator with the same hand-over, the books balance
 * (nothing held out twice, everything free offered and counted by the new allocator), an offer made
 * before stays outstanding and a task launched on it finishes, and offers keep flowing. With no
 * allocator left nothing is offered, and the first allocator installed again is used at once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AllocatorUninstallIT {
    private static final String PORT = "osmos.itest.swap.port";
    private static final Duration SWAP = Duration.ofSeconds(30);

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        FeatureFile local = FeatureFile.read(ItestPaths.feature("local.json"));
        List<Option> options = new ArrayList<>(Arrays.asList(ContainerOptions.forFeature(local,
                ItestPaths.work().resolve("swap-uninstall").resolve("deploy"))));
        if (local.bundles().stream().noneMatch(id -> id.artifactId().equals("osmos-allocator-drf"))) {
            MavenId master = local.bundles().stream().filter(id -> id.artifactId().equals("osmos-master"))
                    .findFirst().orElseThrow();
            Path jar = Path.of(System.getProperty("org.ops4j.pax.url.mvn.localRepository"), "io", "osmos",
                    "osmos-allocator-drf", master.version(), "osmos-allocator-drf-" + master.version() + ".jar");
            options.add(bundle(jar.toUri().toString()).noStart()); // started with the feature's bundles
        }
        options.add(frameworkProperty(PORT).value(String.valueOf(LocalFlags.freePort())));
        return options.toArray(new Option[0]);
    }

    @Test
    public void uninstallingTheAllocatorInUseFallsBackToTheDefaultAndOffersKeepFlowing() throws Exception {
        int port = Integer.parseInt(context.getProperty(PORT));
        Path workDir = Files.createTempDirectory(Files.createDirectories(ItestPaths.work()), "swap-uninstall-");
        Map<String, Map<String, Object>> configuration = new HashMap<>(LocalFlags.configurations(port, workDir));
        configuration.put("io.osmos.master", Map.of("work_dir", workDir.toString(), "allocator", "random",
                "default_allocator", "hierarchical", "allocation_interval", "100ms"));
        configuration.put("io.osmos.agent", Map.of("master", "127.0.0.1:" + port, "work_dir", workDir.toString(),
                "resources", "cpus:2;mem:1024;disk:1024"));
        FeatureStarter.start(context, FeatureStarter.feature(context), configuration);
        BundleStates.awaitAllActive(context, SWAP);
        awaitAllocator(port, "random");

        // The shell swaps too, on the same hand-over.
        assertEquals("Allocator in use: random; default: hierarchical; registered: hierarchical, random",
                GogoShell.run(context, "osmos:allocator"));
        assertTrue(GogoShell.run(context, "osmos:allocator hierarchical")
                .startsWith("Allocator 'hierarchical' is in use instead of 'random'; allocation paused "));
        GogoShell.run(context, "osmos:allocator random");
        awaitAllocator(port, "random");

        try (PlainFramework framework = new PlainFramework(port, "through-uninstall")) {
            String before = framework.awaitOfferOtherThan(Set.of());
            Bundle random = installed("io.osmos.allocator.random");
            String location = random.getLocation();
            random.uninstall();
            Map<String, Object> fallback = awaitAllocator(port, "hierarchical");
            assertEquals("the configured one stays wanted", "random", fallback.get("wanted"));
            assertEquals(List.of("hierarchical"), fallback.get("available"));
            UninstallBooks.awaitBalanced(port, "the books after falling back to 'hierarchical'", SWAP);

            // The offer made by the uninstalled allocator is still outstanding and good for a launch (on an offer
            // the master no longer knew the task would end TASK_LOST), and the fallback offers what the task leaves.
            assertTrue("the master still lists the offer made before the uninstall",
                    outstandingOffers(port).contains(before));
            assertTrue("the offer made before the uninstall was not rescinded",
                    framework.heldOfferIds().contains(before));
            assertEquals(202, framework.launch(before, "on-the-old-offer"));
            assertEquals("TASK_FINISHED", framework.awaitEnd("on-the-old-offer"));
            String after = framework.awaitOfferOtherThan(Set.of(before));
            assertEquals(202, framework.launch(after, "after-uninstall"));
            assertEquals("TASK_FINISHED", framework.awaitEnd("after-uninstall"));

            installed("io.osmos.allocator.drf").uninstall();
            Map<String, Object> none = awaitAllocator(port, null);
            assertEquals(List.of(), none.get("available"));
            Set<String> seen = new HashSet<>(framework.heldOfferIds());
            seen.forEach(framework::decline); // back to nobody: no allocator, so nothing is offered

            Bundle again = context.installBundle(location);
            again.start();
            awaitAllocator(port, "random");
            UninstallBooks.awaitBalanced(port, "the books once 'random' is back", SWAP);
            String last = framework.awaitOfferOtherThan(seen);
            assertEquals(202, framework.launch(last, "after-reinstall"));
            assertEquals("TASK_FINISHED", framework.awaitEnd("after-reinstall"));
        }
        Map<String, Object> metrics = Json.parseObject(Http.get("127.0.0.1", port, "/metrics/snapshot").body());
        assertEquals(0L, metrics.get("allocator/swap_failures"));
        assertTrue("swaps: " + metrics.get("allocator/swaps"), (Long) metrics.get("allocator/swaps") >= 2);
    }

    /** The ids of the offers {@code GET /state} lists as outstanding, of every framework. */
    @SuppressWarnings("unchecked")
    private static Set<String> outstandingOffers(int port) {
        Http.Response answer = Http.get("127.0.0.1", port, "/state");
        assertEquals(answer.body(), 200, answer.status());
        Set<String> ids = new HashSet<>();
        for (Object framework : (List<Object>) Json.parseObject(answer.body()).get("frameworks")) {
            for (Object offer : (List<Object>) ((Map<String, Object>) framework).get("offers")) {
                ids.add((String) ((Map<String, Object>) offer).get("id"));
            }
        }
        return ids;
    }

    private Bundle installed(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    /** Waits until GET /allocator names {@code name} (null: none) as the one in use; returns the answer. */
    private static Map<String, Object> awaitAllocator(int port, String name) {
        return Await.value("allocator in use: " + name, SWAP, () -> {
            Http.Response answer = Http.get("127.0.0.1", port, "/allocator");
            if (answer.status() != 200) {
                return Optional.empty();
            }
            Map<String, Object> json = Json.parseObject(answer.body());
            return name == null ? Optional.of(json).filter(j -> j.get("allocator") == null)
                    : Optional.of(json).filter(j -> name.equals(j.get("allocator")));
        });
    }
}
