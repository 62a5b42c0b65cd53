package io.osmos.itest.plugins;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.Http;
import io.osmos.itest.support.ItestPaths;
import java.io.IOException;
import java.nio.file.Files;
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

/**
 * The master hook examples (hooks/task-label, hooks/agent-lost) dropped into deploy/ of a running
 * local platform, each seen through the API: a launched task carries the labels in {@code /state};
 * an agent marked gone through the operator API is written to the configured file.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class MasterHookExamplesIT {
    private static final Duration DEPLOY = Duration.ofSeconds(15);

    @Inject
    private BundleContext context;

    @After
    public void clearDeployFolder() {
        PluginContainer.clearDeploy(context);
    }

    @Configuration
    public Option[] config() {
        return PluginContainer.options("master-hooks");
    }

    @Test
    public void taskLabelLabelsEveryLaunchedTaskWithItsFramework() throws IOException {
        int port = PluginContainer.start(context, Map.of());
        deploy("task-label", "task_label", "labels=team=infra\n");
        try (V1Framework framework = V1Framework.subscribe(port, "label-checker")) {
            framework.launch("labelled", "true");
            assertEquals("TASK_FINISHED", framework.awaitTerminal("labelled").get("state"));
            // while the framework is connected: once it goes, /state lists it among completed frameworks
            Map<String, Object> task = new StateApi(port).task("labelled").orElseThrow();
            assertEquals(List.of("osmos.io/framework=label-checker", "team=infra"), StateApi.labels(task.get("labels")));
        }
    }

    @Test
    public void agentLostWritesALineWhenAnOperatorMarksTheAgentGone() throws IOException {
        int port = PluginContainer.start(context, Map.of());
        Path lost = ItestPaths.work().resolve("plugins").resolve("agents-lost-" + System.nanoTime() + ".log");
        deploy("agent-lost", "agent_lost", "file=" + lost + "\n");
        Map<String, Object> agent = Await.value("the agent registered", DEPLOY, () ->
                new StateApi(port).agents().stream().findFirst());
        String agentId = (String) agent.get("id");
        Http.Response gone = new ModulesApi(port).post("/api/v1", "{\"type\":\"MARK_AGENT_GONE\",\"mark_agent_gone\":"
                + "{\"agent_id\":{\"value\":\"" + agentId + "\"}}}");
        assertEquals(gone.body(), 200, gone.status());
        String line = Await.value("a line in " + lost, DEPLOY, () -> read(lost));
        assertTrue(line, line.matches("\\S+ agent " + agentId.replace("-", "\\-") + " \\(" + agent.get("hostname")
                + ":" + agent.get("port") + "\\) lost\n"));
    }

    /** The example's configuration as a .cfg, then its jar, both into deploy/; waits for its hook service. */
    private void deploy(String folder, String moduleName, String cfg) throws IOException {
        DeployFolder deploy = new DeployFolder(PluginContainer.deployDir(context), PluginContainer.stagingDir(context));
        String pid = "io.osmos.hooks." + folder.replace("-", "");
        Path staged = Files.writeString(PluginContainer.stagingDir(context).resolve(pid + ".cfg"), cfg);
        deploy.moveIn(staged, pid + ".cfg");
        try (ServiceWatch watch = new ServiceWatch(context, ServiceWatch.masterHook(moduleName))) {
            deploy.drop(ExampleHooks.jar(folder), folder + ".jar");
            Await.future(folder + "'s hook service", DEPLOY, watch.registered());
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file)).filter(s -> s.endsWith("\n")) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
