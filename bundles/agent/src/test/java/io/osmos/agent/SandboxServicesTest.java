package io.osmos.agent;

import static io.osmos.agent.AgentHarness.CHECKPOINTING;
import static io.osmos.agent.AgentHarness.PREFIX;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.testing.Await;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher, the files API and garbage collection as the agent uses them around its containers. */
class SandboxServicesTest {
    @TempDir
    Path workDir;
    @TempDir
    Path files;

    private AgentHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new AgentHarness(workDir).withSandboxServices().set("gc_delay", "300ms")
                .set("disk_watch_interval", "100ms").start();
        harness.master.nextSubscription();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void aTasksUrisAreFetchedIntoItsSandboxBeforeItRuns() throws Exception {
        Path input = Files.writeString(files.resolve("input.txt"), "fetched\n");
        harness.master.send(runTask(withUri(task("t1", "cat input.txt"), input.toUri().toString())));

        harness.nextAcked(TaskState.TASK_STARTING);
        harness.nextAcked(TaskState.TASK_RUNNING);
        harness.nextUpdate(TaskState.TASK_FINISHED);
        Path sandbox = workDir.resolve("slaves/agent-1/frameworks/fw-1/executors/t1/runs/latest");
        assertEquals("fetched\n", Files.readString(sandbox.resolve("stdout")));
    }

    @Test
    void aFailedFetchFailsTheTaskWithTheReason() throws Exception {
        harness.master.send(runTask(withUri(task("t1", "true"), files.resolve("missing").toUri().toString())));

        harness.nextAcked(TaskState.TASK_STARTING);
        TaskStatus failed = harness.nextUpdate(TaskState.TASK_FAILED);
        assertTrue(failed.getMessage().startsWith("Failed to launch the command: "), failed.getMessage());
        assertTrue(failed.getMessage().contains("missing"), failed.getMessage());
        assertEquals(TaskStatus.Reason.REASON_CONTAINER_LAUNCH_FAILED, failed.getReason());
    }

    @Test
    void theSandboxIsShownByTheFilesApiUntilItIsCollectedAfterTheGcDelay() throws Exception {
        harness.master.send(runTask(task("t1", "echo hello"), CHECKPOINTING));
        harness.nextAcked(TaskState.TASK_STARTING);
        TaskStatus running = harness.nextAcked(TaskState.TASK_RUNNING);
        Path sandbox = workDir.resolve("slaves/agent-1/frameworks/fw-1/executors/t1/runs")
                .resolve(running.getContainerStatus().getContainerId().getValue());
        Path meta = workDir.resolve("meta").resolve(workDir.relativize(sandbox));
        Await.until("the task to finish", Duration.ofSeconds(10),
                () -> Files.exists(sandbox.resolve("stdout")) && size(sandbox.resolve("stdout")) > 0);

        String read = get("/files/read?offset=0&path=" + URLEncoder.encode(sandbox.resolve("stdout").toString(),
                StandardCharsets.UTF_8));
        assertTrue(read.contains("\"data\":\"hello\\n\""), read);

        harness.nextAcked(TaskState.TASK_FINISHED);
        Await.until("the sandbox and its checkpoints to be collected", Duration.ofSeconds(20),
                () -> !Files.exists(sandbox) && !Files.exists(meta));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + harness.master.port() + PREFIX + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static TaskInfo withUri(TaskInfo task, String uri) {
        return task.toBuilder().setCommand(task.getCommand().toBuilder()
                .addUris(CommandInfo.URI.newBuilder().setValue(uri))).build();
    }
}
