package io.osmos.itest.containment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.osmos.itest.support.Await;
import java.time.Duration;
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

/**
 * While a framework keeps receiving offers and launching short tasks, the bundle of the allocator in
 * use (random) is uninstalled: the master falls back to the default (hierarchical), launches go on,
 * every task launched reaches TASK_FINISHED, and master and agent stay up.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AllocatorRemovedMidAllocationIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int BEFORE = 5;
    private static final int DURING = 10;
    private static final int AFTER = 5;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return Cluster.options("allocator-removed");
    }

    @Test
    public void removingTheAllocatorInUseLosesNoTaskAndLaunchesGoOn() throws Exception {
        Cluster cluster = Cluster.start(context, Map.of("allocator", "random", "default_allocator", "hierarchical"),
                Map.of());
        PlatformApi api = cluster.api();
        api.awaitAllocator("random", TIMEOUT);
        try (LaunchingFramework framework = new LaunchingFramework(api.port(), "mid-allocation", TIMEOUT)) {
            framework.launch(BEFORE);
            framework.awaitFinished(BEFORE, TIMEOUT);
            // owed tasks keep offers being accepted while the bundle goes
            framework.launch(DURING);
            cluster.installed("io.osmos.allocator.random").uninstall();
            api.awaitAllocator("hierarchical", TIMEOUT);
            framework.launch(AFTER);
            int total = BEFORE + DURING + AFTER;
            Await.value(total + " tasks launched", TIMEOUT,
                    () -> Optional.of(framework.launched()).filter(n -> n == total));
            Map<String, String> ended = framework.awaitAllEnded(TIMEOUT);
            assertEquals("tasks: " + ended, total, ended.size());
            assertTrue("every launched task finished: " + ended,
                    ended.values().stream().allMatch("TASK_FINISHED"::equals));
        }
        assertEquals(200, api.health());
        assertEquals(1, api.activeAgents());
        assertEquals(0, api.metric("allocator/swap_failures"), 0);
    }
}
