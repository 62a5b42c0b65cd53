package io.osmos.itest.containment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.osmos.itest.containment.allocator.FaultyAllocator;
import io.osmos.itest.containment.allocator.LateFaultyAllocator;
import io.osmos.itest.support.Http;
import java.time.Duration;
import java.util.Map;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Allocators that throw. One throws from initialize on: choosing it is refused and the allocator in
 * use stays. The other comes up and then throws from every call a framework causes: the master must
 * not be left without offers, it falls back to the default allocator and counts the failures. Either
 * fault is logged once, naming the plugin's bundle and version.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ThrowingAllocatorIT {
    private static final String PLUGIN = "io.osmos.itest.containment.allocator";
    private static final String BUNDLE = PLUGIN + " " + Cluster.PLUGIN_VERSION;
    private static final String FAULTY = FaultyAllocator.NAME;
    private static final String LATE = LateFaultyAllocator.NAME;
    private static final Duration TASK_TIMEOUT = Duration.ofSeconds(60);
    private static PlatformApi api;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return Cluster.options("throwing-allocator", PLUGIN);
    }

    /** One platform for the class; each test begins with the default allocator in use. */
    @Before
    public void platformWithTheDefaultAllocator() throws Exception {
        if (api == null) {
            Cluster cluster = Cluster.start(context, Map.of("allocator", "hierarchical",
                    "default_allocator", "hierarchical"), Map.of());
            cluster.install(PLUGIN);
            cluster.awaitService("io.osmos.api.allocator.Allocator", FAULTY);
            cluster.awaitService("io.osmos.api.allocator.Allocator", LATE);
            api = cluster.api();
        }
        assertEquals(200, api.post("/allocator", "{\"name\":\"hierarchical\"}").status());
    }

    @Test
    public void anAllocatorThatCannotStartIsRefusedAndTasksKeepLaunching() throws Exception {
        Http.Response swap = api.post("/allocator", "{\"name\":\"" + FAULTY + "\"}");
        assertEquals("swap to an allocator that throws from initialize: " + swap.body(), 409, swap.status());
        assertEquals("hierarchical", api.allocatorInUse());
        assertEquals(200, api.health());
        assertTrue(api.metric("allocator/swap_failures") >= 1);

        try (LaunchingFramework framework = new LaunchingFramework(api.port(), "after-refusal", TASK_TIMEOUT)) {
            framework.launch(3);
            framework.awaitFinished(3, TASK_TIMEOUT);
        }
        assertEquals(1, api.activeAgents());
    }

    @Test
    public void aRefusedAllocatorIsLoggedWithItsBundleAndVersion() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(409, api.post("/allocator", "{\"name\":\"" + FAULTY + "\"}").status());
            String fault = "'" + FAULTY + "'";
            assertEquals("log lines naming " + fault + " and " + BUNDLE + ":\n" + log.lines(fault), 1,
                    log.lines(fault).lines().filter(line -> line.contains(BUNDLE)).count());
        }
    }

    @Test
    public void anAllocatorThatThrowsOnceInUseIsReplacedByTheDefaultAndTasksKeepLaunching() throws Exception {
        double before = api.metric("master/allocator_failures");
        Http.Response swap = api.post("/allocator", "{\"name\":\"" + LATE + "\"}");
        assertEquals("swap to an allocator that starts cleanly: " + swap.body(), 200, swap.status());

        try (LaunchingFramework framework = new LaunchingFramework(api.port(), "past-faulty", TASK_TIMEOUT)) {
            framework.launch(3);
            // the framework's arrival already makes it throw; the master must notice and fall back
            api.awaitMetric("master/allocator_failures", before + 1, TASK_TIMEOUT);
            assertEquals(200, api.health());
            api.awaitAllocator("hierarchical", TASK_TIMEOUT);
            framework.awaitFinished(3, TASK_TIMEOUT);
        }
        assertEquals(200, api.health());
        assertEquals(1, api.activeAgents());
    }

    @Test
    public void anAllocatorThrowingInUseIsLoggedOnceWithItsBundleAndVersion() throws Exception {
        assertEquals(200, api.post("/allocator", "{\"name\":\"" + LATE + "\"}").status());
        String fault = "'" + LATE + "'";
        try (LogCapture log = new LogCapture()) {
            double before = api.metric("master/allocator_failures");
            // two frameworks come and go: every one of those calls throws while it is in use
            for (String name : new String[] {"first-caller", "second-caller"}) {
                new LaunchingFramework(api.port(), name, TASK_TIMEOUT).close();
            }
            api.awaitMetric("master/allocator_failures", before + 1, TASK_TIMEOUT);
            String lines = log.lines(fault);
            assertEquals("log lines naming " + fault + ":\n" + lines, 1, lines.lines().count());
            assertTrue("the fault names " + BUNDLE + ":\n" + lines, lines.contains(BUNDLE));
        }
    }
}
