package io.osmos.agent;

import static io.osmos.agent.AgentHarness.FRAMEWORK_ID;
import static io.osmos.agent.AgentHarness.PREFIX;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.task;
import static io.osmos.agent.testing.AgentHttp.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.osmos.agent.testing.AgentHttp;
import io.osmos.agent.testing.Await;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.TaskState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's classic endpoints as an operator sees them over HTTP, with one task that finished
 * ("done") and one that runs ("t1", 0.5 cpus and 64 MB).
 */
class AgentEndpointsTest {
    @TempDir
    Path workDir;

    private AgentHarness harness;
    private AgentHttp http;

    @BeforeEach
    void runTwoTasks() throws Exception {
        harness = new AgentHarness(workDir).withSandboxServices();
        harness.processFlags = Map.of("port", "5051", "logging_level", "INFO");
        harness.start();
        harness.master.nextSubscription();
        http = new AgentHttp("http://127.0.0.1:" + harness.master.port() + PREFIX);
        harness.master.send(runTask("done", "true"));
        harness.nextAcked(TaskState.TASK_STARTING);
        harness.nextAcked(TaskState.TASK_RUNNING);
        harness.nextAcked(TaskState.TASK_FINISHED);
        harness.master.send(runTask(task("t1", "echo hello; sleep 300").toBuilder()
                .addAllResources(Resources.parse("cpus:0.5;mem:64").toProtos()).build()));
        harness.nextAcked(TaskState.TASK_STARTING);
        harness.nextAcked(TaskState.TASK_RUNNING);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void stateShowsTheAgentItsFrameworksExecutorsAndTasksInTheMesosShape() {
        Struct state = http.json(http.get("/state"));

        assertEquals("agent-1", at(state, "id").getStringValue());
        assertEquals("1.11.0", at(state, "version").getStringValue());
        assertEquals("slave(1)@127.0.0.1:" + harness.master.port(), at(state, "pid").getStringValue());
        assertEquals("agent.test", at(state, "hostname").getStringValue());
        assertEquals("127.0.0.1", at(state, "master_hostname").getStringValue());
        assertEquals(2.0, at(state, "resources", "cpus").getNumberValue());
        assertEquals("[31000-31009]", at(state, "resources", "ports").getStringValue());
        assertEquals("r1", at(state, "attributes", "rack").getStringValue());
        assertEquals(3.0, at(state, "attributes", "level").getNumberValue());
        assertEquals(workDir.toString(), at(state, "flags", "work_dir").getStringValue());

        Value framework = at(state, "frameworks", 0);
        assertEquals("fw-1", at(framework.getStructValue(), "id").getStringValue());
        Struct executor = at(framework.getStructValue(), "executors", 0).getStructValue();
        assertEquals("t1", at(executor, "id").getStringValue());
        assertEquals(0.5, at(executor, "resources", "cpus").getNumberValue());
        assertTrue(Files.isRegularFile(Path.of(at(executor, "directory").getStringValue(), "stdout")));
        Struct task = at(executor, "tasks", 0).getStructValue();
        assertEquals("TASK_RUNNING", at(task, "state").getStringValue());
        assertEquals(List.of("TASK_STARTING", "TASK_RUNNING"), at(task, "statuses").getListValue().getValuesList()
                .stream().map(s -> s.getStructValue().getFieldsOrThrow("state").getStringValue()).toList());
        assertEquals(0, at(executor, "queued_tasks").getListValue().getValuesCount());
        Struct done = at(framework.getStructValue(), "completed_executors", 0).getStructValue();
        assertEquals("done", at(done, "id").getStringValue());
        assertEquals("TASK_FINISHED", at(done, "completed_tasks", 0, "state").getStringValue());
        assertEquals(0, at(state, "completed_frameworks").getListValue().getValuesCount());
    }

    @Test
    void aFrameworkThatWasShutDownMovesToCompletedFrameworks() {
        harness.master.send(AgentEvent.newBuilder().setType(AgentEvent.Type.SHUTDOWN_FRAMEWORK).setShutdownFramework(
                AgentEvent.ShutdownFramework.newBuilder().setFrameworkId(FRAMEWORK_ID)).build());

        Struct[] state = new Struct[1];
        Await.until("fw-1 among the completed frameworks", Duration.ofSeconds(20), () -> {
            state[0] = http.json(http.get("/state"));
            return at(state[0], "completed_frameworks").getListValue().getValuesCount() == 1;
        });
        assertEquals(0, at(state[0], "frameworks").getListValue().getValuesCount());
        Struct framework = at(state[0], "completed_frameworks", 0).getStructValue();
        assertEquals("fw-1", at(framework, "id").getStringValue());
        assertEquals(List.of("done", "t1"), at(framework, "completed_executors").getListValue().getValuesList()
                .stream().map(e -> e.getStructValue().getFieldsOrThrow("id").getStringValue()).toList());
    }

    @Test
    void metricsCountTasksExecutorsAndResourcesUnderMesosNames() {
        Struct metrics = http.json(http.get("/metrics/snapshot"));

        assertEquals(1.0, at(metrics, "slave/registered").getNumberValue());
        assertEquals(1.0, at(metrics, "slave/tasks_running").getNumberValue());
        assertEquals(1.0, at(metrics, "slave/tasks_finished").getNumberValue());
        assertEquals(0.0, at(metrics, "slave/tasks_failed").getNumberValue());
        assertEquals(1.0, at(metrics, "slave/executors_running").getNumberValue());
        assertEquals(1.0, at(metrics, "slave/executors_terminated").getNumberValue());
        assertEquals(2.0, at(metrics, "slave/cpus_total").getNumberValue());
        assertEquals(0.5, at(metrics, "slave/cpus_used").getNumberValue());
        assertEquals(64.0, at(metrics, "slave/mem_used").getNumberValue());
        assertEquals(1024.0, at(metrics, "slave/mem_total").getNumberValue());
        assertEquals(0.0, at(metrics, "slave/recovery_errors").getNumberValue());
        assertEquals(0.0, at(metrics, "slave/hook_failures").getNumberValue());
        assertTrue(at(metrics, "slave/uptime_secs").getNumberValue() > 0);
        assertEquals(1.0, at(metrics, "gc/path_removals_pending").getNumberValue(), "the finished task's sandbox");
        assertEquals(2.0 * 1024 * 1024 * 1024, at(metrics, "containerizer/fetcher/cache_size_total_bytes")
                .getNumberValue());
    }

    @Test
    void otherPartsMetricsJoinTheSnapshotAndGetMetricsButTheAgentsOwnNamesWin() {
        harness.master.metrics.add(() -> java.util.concurrent.CompletableFuture.completedFuture(
                Map.of("modules/bundles_unresolved", 2, "slave/registered", 99)));

        Struct metrics = http.json(http.get("/metrics/snapshot"));
        assertEquals(2.0, at(metrics, "modules/bundles_unresolved").getNumberValue());
        assertEquals(1.0, at(metrics, "slave/registered").getNumberValue(), "the agent's own value");

        AgentHttp.Answer answer = http.post("/api/v1", "{\"type\":\"GET_METRICS\"}");
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"modules/bundles_unresolved\""), answer.body());
    }

    @Test
    void flagsShowEveryEffectiveFlagAsAString() {
        Struct flags = at(http.json(http.get("/flags")), "flags").getStructValue();

        assertEquals("5051", at(flags, "port").getStringValue(), "a flag of the process");
        assertEquals("posix/cpu,posix/mem", at(flags, "isolation").getStringValue(), "a default");
        assertEquals("10ms", at(flags, "registration_backoff_factor").getStringValue(), "as configured");
        assertEquals("5secs", at(flags, "hook_timeout").getStringValue());
        assertEquals("1mins", at(flags, "isolator_timeout").getStringValue());
        assertEquals("127.0.0.1:" + harness.master.port(), at(flags, "master").getStringValue());
        assertEquals(405, http.post("/flags", "{}").status());
    }
}
