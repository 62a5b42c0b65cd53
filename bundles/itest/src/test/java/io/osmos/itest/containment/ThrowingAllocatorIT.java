package io.osmos.itest.containment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.osmos.itest.containment.allocator.FaultyAllocator;
import io.osmos.itest.containment.allocator.LateFaultyAllocator;
import io.osmos.itest.containment.allocator.ThreadFaultyAllocator;
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
 * use stays. Another comes up and then throws from every call a framework causes: the master must
 * not be left without offers, it falls back to the default allocator and counts the failures. A third
 * fails on its own actor and says so through its callback, with the same outcome. Each fault is logged
 * once, naming the plugin's bundle and version.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ThrowingAllocatorIT {
    private static final String PLUGIN = "io.osmos.itest.containment.allocator";
    private static final String BUNDLE = PLUGIN + " " + Cluster.PLUGIN_VERSION;
    private static final String FAULTY = FaultyAllocator.NAME;
    private static final String LATE = LateFaultyAllocator.NAME;
    private static final String ON_ITS_THREAD = ThreadFaultyAllocator.NAME;
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
            cluster.awaitService("io.osmos.api.allocator.Allocator", ON_ITS_THREAD);
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
    public void anAllocatorFailingOnItsOwnThreadIsReplacedByTheDefaultAndTasksKeepLaunching() throws Exception {
        double before = api.metric("master/allocator_failures");
        assertEquals(200, api.post("/allocator", "{\"name\":\"" + ON_ITS_THREAD + "\"}").status());
        try (LogCapture log = new LogCapture();
                LaunchingFramework framework = new LaunchingFramework(api.port(), "past-thread", TASK_TIMEOUT)) {
            framework.launch(3);
            // the framework's arrival fails on the allocator's own actor, which tells the master
            api.awaitMetric("master/allocator_failures", before + 1, TASK_TIMEOUT);
            api.awaitAllocator("hierarchical", TASK_TIMEOUT);
            framework.awaitFinished(3, TASK_TIMEOUT);
            String lines = log.lines("'" + ON_ITS_THREAD + "'");
            assertTrue("the failure is logged as one on its own thread, with " + BUNDLE + ":\n" + lines,
                    lines.contains("failed in its own thread") && lines.contains(BUNDLE));
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
