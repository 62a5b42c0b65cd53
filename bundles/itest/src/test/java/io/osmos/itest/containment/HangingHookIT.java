package io.osmos.itest.containment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.osmos.itest.containment.hang.HangingAgentHook;
import io.osmos.itest.containment.hang.HangingMasterHook;
import java.time.Duration;
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

/**
 * A plugin whose master and agent hooks never return (until the test stops the plugin): with a
 * hook_timeout of 500ms, tasks keep launching and finishing, the master keeps answering GET_HEALTH and
 * /state promptly, every overrun is counted and the first logged once with the plugin's bundle and version.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HangingHookIT {
    private static final String PLUGIN = "io.osmos.itest.containment.hang";
    private static final String MASTER_HOOK = HangingMasterHook.NAME;
    private static final String AGENT_HOOK = HangingAgentHook.NAME;
    private static final int TASKS = 4;
    private static final Duration TASK_TIMEOUT = Duration.ofSeconds(60);
    // far below the hook's hang, which only ends with the test; well above a loaded machine's answer
    private static final long PROMPT_MILLIS = 2_000;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return Cluster.options("hanging-hook", PLUGIN);
    }

    @Test
    public void launchesGoOnPastAHangingHookAndTheMasterKeepsAnswering() throws Exception {
        Cluster cluster = Cluster.start(context, Map.of("hook_timeout", "500ms"), Map.of("hook_timeout", "500ms"));
        PlatformApi api = cluster.api();
        LogCapture log = new LogCapture();
        Bundle plugin;
        try (log) {
            plugin = cluster.install(PLUGIN);
            cluster.awaitService("io.osmos.api.hook.MasterHook", MASTER_HOOK);
            cluster.awaitService("io.osmos.api.hook.AgentHook", AGENT_HOOK);
            launchPastTheHang(api);
        }
        String overrun = "WARN : Skipping master hook " + MASTER_HOOK + " from " + PLUGIN + " " + Cluster.PLUGIN_VERSION
                + " in masterLaunchTaskLabelDecorator";
        assertEquals("log lines: " + log.lines(overrun), 1, log.count(overrun));
        assertTrue(api.awaitMetric("master/hooks/" + MASTER_HOOK + "/failures", TASKS, Cluster.STARTUP) >= TASKS);
        assertTrue(api.awaitMetric("slave/hooks/" + AGENT_HOOK + "/failures", TASKS, Cluster.STARTUP) >= TASKS);
        plugin.uninstall(); // releases every call the hooks still hold
        assertEquals(200, api.health());
    }

    private static void launchPastTheHang(PlatformApi api) throws Exception {
        try (LaunchingFramework framework = new LaunchingFramework(api.port(), "hanging-hook", TASK_TIMEOUT)) {
            framework.launch(TASKS);
            // the first launch is held by the hook now: the master must answer meanwhile
            api.awaitMetric("master/hooks/" + MASTER_HOOK + "/failures", 1, TASK_TIMEOUT);
            assertPrompt(api);
            framework.awaitFinished(TASKS, TASK_TIMEOUT);
            Map<String, String> ended = framework.awaitAllEnded(TASK_TIMEOUT);
            assertTrue("every task finished despite the hanging hooks: " + ended,
                    ended.values().stream().allMatch("TASK_FINISHED"::equals));
            assertPrompt(api);
        }
    }

    private static void assertPrompt(PlatformApi api) {
        long start = System.nanoTime();
        assertEquals(200, api.health());
        assertEquals(200, api.get("/state").status());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue("GET_HEALTH and /state took " + millis + " ms during the hang", millis < PROMPT_MILLIS);
    }
}
