package io.osmos.itest.containment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.osmos.itest.containment.hook.ThrowingAgentHook;
import io.osmos.itest.containment.hook.ThrowingMasterHook;
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
import org.osgi.framework.BundleContext;

/**
 * A plugin whose master hook and agent hook throw on every task: tasks still launch and finish, each
 * failure is counted per hook in the master's and the agent's metrics, and each hook point's failure
 * is logged once, naming the plugin's bundle and version.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ThrowingHookIT {
    // constants, so the probe never loads the plugin's own copies of the classes
    private static final String PLUGIN = "io.osmos.itest.containment.hook";
    private static final String MASTER_HOOK = ThrowingMasterHook.NAME;
    private static final String AGENT_HOOK = ThrowingAgentHook.NAME;
    private static final String ORIGIN = " from " + PLUGIN + " " + Cluster.PLUGIN_VERSION + " in ";
    private static final int TASKS = 5;
    private static final Duration TASK_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return Cluster.options("throwing-hook", PLUGIN);
    }

    @Test
    public void tasksLaunchAndFinishPastThrowingHooksAndEachFailureIsCountedAndLoggedOnce() throws Exception {
        Cluster cluster = Cluster.start(context, Map.of(), Map.of());
        PlatformApi api = cluster.api();
        try (LogCapture log = new LogCapture()) {
            cluster.install(PLUGIN);
            cluster.awaitService("io.osmos.api.hook.MasterHook", MASTER_HOOK);
            cluster.awaitService("io.osmos.api.hook.AgentHook", AGENT_HOOK);

            try (LaunchingFramework framework = new LaunchingFramework(api.port(), "throwing-hook", TASK_TIMEOUT)) {
                framework.launch(TASKS);
                framework.awaitFinished(TASKS, TASK_TIMEOUT);
                Map<String, String> ended = framework.awaitAllEnded(TASK_TIMEOUT);
                assertTrue("every task finished despite the hooks: " + ended,
                        ended.values().stream().allMatch("TASK_FINISHED"::equals));
            }

            // one failure per task in the master's label decorator
            assertEquals(TASKS, api.awaitMetric("master/hooks/" + MASTER_HOOK + "/failures", TASKS,
                    Cluster.STARTUP), 0);
            assertTrue(api.metric("master/hook_failures") >= TASKS);
            // the agent counts its two decorators: at least one failure per task
            double agentFailures = api.awaitMetric("slave/hooks/" + AGENT_HOOK + "/failures", TASKS,
                    Cluster.STARTUP);
            assertTrue("agent hook failures: " + agentFailures, agentFailures >= TASKS);
            assertTrue(api.metric("slave/hook_failures") >= TASKS);

            assertLoggedOnce(log, "WARN : Skipping master hook " + MASTER_HOOK + ORIGIN
                    + "masterLaunchTaskLabelDecorator");
            assertLoggedOnce(log, "WARN : Skipping agent hook " + AGENT_HOOK + ORIGIN + "slaveRunTaskLabelDecorator");
            assertLoggedOnce(log, "WARN : Skipping agent hook " + AGENT_HOOK + ORIGIN
                    + "slaveExecutorEnvironmentDecorator");
        }
        assertEquals(200, api.health());
        assertEquals(1, api.activeAgents());
    }

    private static void assertLoggedOnce(LogCapture log, String line) {
        assertEquals("log lines with '" + line + "':\n" + log.lines(line), 1, log.count(line));
    }
}
