package io.osmos.agent;

import static io.osmos.agent.AgentHarness.PREFIX;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.task;
import static io.osmos.agent.testing.AgentHttp.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import io.osmos.agent.testing.AgentHttp;
import io.osmos.agent.testing.Await;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.agent.Protos.Call;
import io.osmos.protocol.v1.agent.Protos.Response;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's v1 operator API ({@code POST /api/v1}) over HTTP, with a finished task and a running one. */
class AgentOperatorApiTest {
    private static final String LATEST = "/frameworks/fw-1/executors/t1/runs/latest";

    @TempDir
    Path workDir;

    private AgentHarness harness;
    private AgentHttp http;
    private TaskStatus running;

    @BeforeEach
    void runTwoTasks() throws Exception {
        harness = new AgentHarness(workDir).start();
        harness.master.nextSubscription();
        http = new AgentHttp("http://127.0.0.1:" + harness.master.port() + PREFIX);
        harness.master.send(runTask("done", "true"));
        harness.nextAcked(TaskState.TASK_STARTING);
        harness.nextAcked(TaskState.TASK_RUNNING);
        harness.nextAcked(TaskState.TASK_FINISHED);
        harness.master.send(runTask(task("t1", "echo hello; sleep 300")));
        harness.nextAcked(TaskState.TASK_STARTING);
        running = harness.nextAcked(TaskState.TASK_RUNNING);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private Struct call(String json) {
        return http.json(http.post("/api/v1", json));
    }

    @Test
    void healthVersionFlagsAndMetrics() {
        assertTrue(at(call("{\"type\":\"GET_HEALTH\"}"), "get_health", "healthy").getBoolValue());
        assertEquals("1.11.0", at(call("{\"type\":\"GET_VERSION\"}"), "get_version", "version_info", "version")
                .getStringValue());
        assertTrue(at(call("{\"type\":\"GET_FLAGS\"}"), "get_flags", "flags").getListValue().getValuesList().stream()
                .anyMatch(f -> f.getStructValue().getFieldsOrThrow("name").getStringValue().equals("isolation")));
        assertTrue(at(call("{\"type\":\"GET_METRICS\"}"), "get_metrics", "metrics").getListValue().getValuesList()
                .stream().map(v -> v.getStructValue())
                .anyMatch(m -> m.getFieldsOrThrow("name").getStringValue().equals("slave/tasks_running")
                        && m.getFieldsOrThrow("value").getNumberValue() == 1.0));
    }

    @Test
    void tasksExecutorsFrameworksAndStateListWhatRunsAndWhatCompleted() {
        Struct tasks = at(call("{\"type\":\"GET_TASKS\"}"), "get_tasks").getStructValue();
        assertEquals("t1", at(tasks, "launched_tasks", 0, "task_id", "value").getStringValue());
        assertEquals("done", at(tasks, "completed_tasks", 0, "task_id", "value").getStringValue());
        assertEquals("TASK_FINISHED", at(tasks, "completed_tasks", 0, "state").getStringValue());

        Struct executors = at(call("{\"type\":\"GET_EXECUTORS\"}"), "get_executors").getStructValue();
        assertEquals("t1", at(executors, "executors", 0, "executor_info", "executor_id", "value").getStringValue());
        assertEquals("done", at(executors, "completed_executors", 0, "executor_info", "executor_id", "value")
                .getStringValue());
        assertEquals("fw-1", at(call("{\"type\":\"GET_FRAMEWORKS\"}"), "get_frameworks", "frameworks", 0,
                "framework_info", "id", "value").getStringValue());
        assertEquals("t1", at(call("{\"type\":\"GET_STATE\"}"), "get_state", "get_tasks", "launched_tasks", 0,
                "task_id", "value").getStringValue());
    }

    @Test
    void containersCarryTheirStatusAndAUsageSample() {
        Struct container = at(call("{\"type\":\"GET_CONTAINERS\"}"), "get_containers", "containers", 0)
                .getStructValue();

        assertEquals(running.getContainerStatus().getContainerId().getValue(),
                at(container, "container_id", "value").getStringValue());
        assertEquals(running.getContainerStatus().getExecutorPid(),
                (int) at(container, "container_status", "executor_pid").getNumberValue());
        assertTrue(at(container, "resource_statistics", "mem_rss_bytes").getNumberValue() > 0);
    }

    @Test
    void filesOfTheSandboxCanBeListedAndRead() {
        List<String> listed = at(call("{\"type\":\"LIST_FILES\",\"list_files\":{\"path\":\"" + LATEST + "\"}}"),
                "list_files", "file_infos").getListValue().getValuesList().stream()
                .map(f -> f.getStructValue().getFieldsOrThrow("path").getStringValue()).toList();
        assertEquals(List.of(LATEST + "/stderr", LATEST + "/stdout"), listed);

        String read = "{\"type\":\"READ_FILE\",\"read_file\":{\"path\":\"" + LATEST + "/stdout\",\"offset\":%d%s}}";
        Await.until("the task's output", Duration.ofSeconds(10),
                () -> at(call(read.formatted(0, "")), "read_file", "size").getNumberValue() == 6);
        assertEquals("hello\n", data(call(read.formatted(0, ""))));
        assertEquals("ll", data(call(read.formatted(2, ",\"length\":2"))));

        assertEquals(404, http.post("/api/v1", "{\"type\":\"LIST_FILES\",\"list_files\":{\"path\":\"/etc\"}}").status());
        assertEquals(404, http.post("/api/v1", "{\"type\":\"READ_FILE\",\"read_file\":{\"path\":\"" + LATEST
                + "/../../../../../../../../../etc/passwd\",\"offset\":0}}").status(), "nothing outside a sandbox");
        assertEquals(400, http.post("/api/v1", "{\"type\":\"READ_FILE\",\"read_file\":{\"path\":\"" + LATEST
                + "\",\"offset\":0}}").status(), "a directory cannot be read");
    }

    @Test
    void protobufWorksAndWhatIsNotThereIsRefusedWithTheReason() throws Exception {
        HttpResponse<byte[]> health = http.post("/api/v1",
                Call.newBuilder().setType(Call.Type.GET_HEALTH).build().toByteArray(), "application/x-protobuf");
        assertEquals(200, health.statusCode());
        assertTrue(Response.parseFrom(health.body()).getGetHealth().getHealthy());

        AgentHttp.Answer launch = http.post("/api/v1", "{\"type\":\"KILL_CONTAINER\",\"kill_container\":"
                + "{\"container_id\":{\"value\":\"x\"}}}");
        assertEquals(501, launch.status());
        assertTrue(launch.body().startsWith("The agent does not implement KILL_CONTAINER"), launch.body());
        assertEquals(400, http.post("/api/v1", "{\"type\":\"LIST_FILES\"}").status());
        assertEquals(405, http.get("/api/v1").status());
    }

    private static String data(Struct response) {
        return new String(Base64.getDecoder().decode(at(response, "read_file", "data").getStringValue()),
                StandardCharsets.UTF_8);
    }
}
