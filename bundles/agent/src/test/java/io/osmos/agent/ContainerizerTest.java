package io.osmos.agent;

import static io.osmos.agent.AgentHarness.PREFIX;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.task;
import static io.osmos.agent.testing.Await.isRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.testing.Await;
import io.osmos.agent.testing.RecordingIsolator;
import io.osmos.api.isolator.ContainerLimitation;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The isolator pipeline around every container, with isolators written in the test as plugins would be. */
class ContainerizerTest {
    @TempDir
    Path workDir;

    private AgentHarness harness;

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private void start(String isolation, String name, RecordingIsolator isolator) throws Exception {
        harness = new AgentHarness(workDir).set("isolation", isolation);
        if (isolator != null) {
            harness.isolator(name, isolator);
        }
        harness.start();
        harness.master.nextSubscription();
    }

    @Test
    void anIsolatorThatFailsPrepareFailsTheTaskNamingItAndWhy() throws Exception {
        RecordingIsolator refusing = new RecordingIsolator("no room for this container");
        start("posix/cpu,test/refuse,posix/mem", "test/refuse", refusing);

        harness.master.send(runTask("t1", "echo never"));
        harness.nextAcked(TaskState.TASK_STARTING);
        TaskStatus failed = harness.nextUpdate(TaskState.TASK_FAILED);

        assertEquals("Failed to launch the command: Isolator 'test/refuse' failed to prepare the container: "
                + "no room for this container", failed.getMessage());
        assertEquals(TaskStatus.Reason.REASON_CONTAINER_LAUNCH_FAILED, failed.getReason());
        Await.until("the failed container to be cleaned up", Duration.ofSeconds(10),
                () -> refusing.calls.equals(List.of("recover 0", "prepare", "cleanup")));
    }

    @Test
    void everyIsolatorIsCalledInOrderAndALimitationKillsTheTask() throws Exception {
        RecordingIsolator watching = new RecordingIsolator(null);
        start("posix/cpu,posix/mem,test/watch", "test/watch", watching);
        harness.master.send(runTask("t1", "sleep 300"));
        harness.nextAcked(TaskState.TASK_STARTING);
        long pid = harness.nextAcked(TaskState.TASK_RUNNING).getContainerStatus().getExecutorPid();
        assertEquals(List.of("recover 0", "prepare", "isolate", "watch"), watching.calls);

        watching.limitation.complete(new ContainerLimitation(Resources.parse("mem:64"),
                "Memory limit exceeded: 70MB > 64MB", TaskStatus.Reason.REASON_CONTAINER_LIMITATION_MEMORY));

        TaskStatus failed = harness.nextUpdate(TaskState.TASK_FAILED);
        assertEquals("Memory limit exceeded: 70MB > 64MB", failed.getMessage());
        assertEquals(TaskStatus.Reason.REASON_CONTAINER_LIMITATION_MEMORY, failed.getReason());
        Await.until("the task's processes to be gone", Duration.ofSeconds(10), () -> !isRunning(pid));
        Await.until("cleanup", Duration.ofSeconds(10), () -> watching.calls.contains("cleanup"));
    }

    @Test
    void anIsolatorThatWentAwayFailsLaunchesSayingSo() throws Exception {
        start("posix/cpu,posix/mem", null, null);
        harness.isolators.remove("posix/mem", harness.isolators.select(List.of("posix/mem")).get(0).isolator());

        harness.master.send(runTask("t1", "echo never"));
        harness.nextAcked(TaskState.TASK_STARTING);
        TaskStatus failed = harness.nextUpdate(TaskState.TASK_FAILED);

        assertEquals("Failed to launch the command: Isolator 'posix/mem' named in --isolation is not available: "
                + "no Isolator service with osmos.module.name=posix/mem is registered", failed.getMessage());
    }

    @Test
    void aBusyTasksUsageShowsOnMonitorStatistics() throws Exception {
        start("posix/cpu,posix/mem", null, null);
        TaskInfo busy = task("busy", "while :; do :; done").toBuilder()
                .addAllResources(Resources.parse("cpus:0.5;mem:64").toProtos()).build();
        harness.master.send(runTask(busy));
        harness.nextAcked(TaskState.TASK_STARTING);
        harness.nextAcked(TaskState.TASK_RUNNING);
        URI uri = URI.create("http://127.0.0.1:" + harness.master.port() + PREFIX + "/monitor/statistics");
        HttpClient http = HttpClient.newHttpClient();

        String[] json = new String[1];
        Await.until("cpu time to show", Duration.ofSeconds(20), () -> {
            json[0] = get(http, uri);
            return number(json[0], "cpus_user_time_secs") > 0;
        });

        assertTrue(json[0].startsWith("[{\"executor_id\":\"busy\",\"executor_name\":\"Command Executor (Task: busy) "
                + "(Command: sh -c 'while :; do :; done')\",\"framework_id\":\"fw-1\",\"source\":\"busy\","), json[0]);
        assertTrue(number(json[0], "mem_rss_bytes") > 0, json[0]);
        assertEquals(0.5, number(json[0], "cpus_limit"), json[0]);
        assertEquals(64.0 * 1024 * 1024, number(json[0], "mem_limit_bytes"), json[0]);
        assertTrue(number(json[0], "timestamp") > 1.6e9, json[0]);
    }

    private static String get(HttpClient http, URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static double number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":([0-9.eE+-]+)").matcher(json);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
