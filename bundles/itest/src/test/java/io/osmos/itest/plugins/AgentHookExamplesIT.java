package io.osmos.itest.plugins;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.ItestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
 * The agent hook examples (hooks/executor-env, task-status, post-fetch, agent-attributes), dropped
 * into deploy/ before the agent starts, each seen through the API: a task's environment and its
 * fetched files, the labels on its status updates, and the agent's attributes and resources in
 * {@code /state}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AgentHookExamplesIT {
    private static final Duration DEPLOY = Duration.ofSeconds(15);
    private static final List<String> EXAMPLES = List.of("executor-env", "task-status", "post-fetch", "agent-attributes");
    // one platform for the class: the hooks must be there before the agent registers
    private static int port;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return PluginContainer.options("agent-hooks");
    }

    @Before
    public void startOnce() {
        if (port != 0) {
            return;
        }
        DeployFolder deploy = new DeployFolder(PluginContainer.deployDir(context), PluginContainer.stagingDir(context));
        for (String example : EXAMPLES) {
            String name = example.replace('-', '_');
            try (ServiceWatch watch = new ServiceWatch(context, "(&(objectClass=io.osmos.api.hook.AgentHook)"
                    + "(osmos.module.name=" + name + "))")) {
                deploy.drop(ExampleHooks.jar(example), example + ".jar");
                Await.future(example + "'s hook service", DEPLOY, watch.registered());
            }
        }
        port = PluginContainer.start(context, Map.of(
                "io.osmos.hooks.executorenv", Map.of("environment", "OSMOS_SITE=eu-1"),
                "io.osmos.hooks.agentattributes", Map.of("attributes", "rack:r1", "resources", "licenses:4")));
    }

    @Test
    public void executorEnvGivesTasksTheConfiguredVariables() {
        try (V1Framework framework = V1Framework.subscribe(port, "env-checker")) {
            framework.launch("site-is-set", "test \"$OSMOS_SITE\" = eu-1");
            assertEquals("TASK_FINISHED", framework.awaitTerminal("site-is-set").get("state"));
            framework.launch("site-is-not-other", "test \"$OSMOS_SITE\" = elsewhere");
            assertEquals("the same check fails for another value", "TASK_FAILED",
                    framework.awaitTerminal("site-is-not-other").get("state"));
        }
    }

    @Test
    public void taskStatusLabelsEveryUpdateWithTheReportingHost() {
        try (V1Framework framework = V1Framework.subscribe(port, "status-checker")) {
            framework.launch("labelled-updates", "true");
            Map<String, Object> finished = framework.awaitStatus("labelled-updates", "TASK_FINISHED");
            List<String> labels = StateApi.labels(finished.get("labels"));
            assertTrue(labels.toString(), labels.stream().anyMatch(l -> l.startsWith("osmos.io/agent_host=")));
            assertTrue(labels.toString(), labels.stream().anyMatch(l -> l.matches("osmos\\.io/reported_at=\\d+")));
        }
    }

    @Test
    public void postFetchWritesChecksumsTheTaskCanVerify() throws IOException {
        Path input = Files.writeString(Files.createDirectories(ItestPaths.work().resolve("plugins"))
                .resolve("fetch-me.txt"), "fetched by the agent\n");
        try (V1Framework framework = V1Framework.subscribe(port, "fetch-checker")) {
            framework.launch("verified-input", "sha256sum -c FETCHED.sha256 && grep -q ' fetch-me.txt$' FETCHED.sha256",
                    input.toString());
            assertEquals("TASK_FINISHED", framework.awaitTerminal("verified-input").get("state"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    public void agentAttributesDecoratesWhatTheAgentAdvertises() {
        Map<String, Object> agent = Await.value("the agent registered", DEPLOY, () ->
                new StateApi(port).agents().stream().findFirst());
        Map<String, Object> attributes = (Map<String, Object>) agent.get("attributes");
        assertEquals(System.getProperty("os.name").toLowerCase(Locale.ROOT), attributes.get("os"));
        assertEquals(System.getProperty("os.arch"), attributes.get("arch"));
        assertEquals("r1", attributes.get("rack"));
        assertEquals(4.0, ((Map<String, Object>) agent.get("resources")).get("licenses"));
    }
}
