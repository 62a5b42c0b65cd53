package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.runtime.http.MediaType;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read side of the operator API and Mesos's classic JSON endpoints, with one task staged. */
class ClassicEndpointsTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);

    @BeforeEach
    void stageTwoTasks() {
        master.master.flags(() -> Map.of("work_dir", "/var/lib/osmos", "port", "5050"));
        scheduler.subscribe(Scheduler.info("classic"));
        agent.register(FakeAgent.info("agent-1", "cpus:2;mem:1024"));
        scheduler.accept(scheduler.awaitOffer().getId(), Scheduler.task("t1", agent.agentId, "cpus:1;mem:64"),
                Scheduler.task("t2", agent.agentId, "cpus:1;mem:64"));
        agent.await(AgentEvent.Type.RUN_TASK);
        agent.await(AgentEvent.Type.RUN_TASK);
    }

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void eachClassicEndpointAnswersUnderItsNameAndUnderMaster() {
        Map<String, List<String>> expected = Map.of(
                "/state-summary", List.of("\"hostname\":\"localhost\"", "\"TASK_STAGING\":2", "\"name\":\"classic\""),
                "/frameworks", List.of("\"frameworks\":[{\"id\":\"" + scheduler.frameworkId.getValue()),
                "/slaves", List.of("\"slaves\":[{\"id\":\"" + agent.agentId.getValue()),
                "/roles", List.of("\"roles\":[{\"name\":\"*\",\"weight\":1.0"),
                "/flags", List.of("\"work_dir\":\"/var/lib/osmos\"", "\"allocation_interval\":\"1secs\"",
                        "\"min_allocatable_resources\":\"cpus:0.01|mem:32\"", "\"filter_gpu_resources\":\"true\"",
                        "\"allocator_recovery_timeout\":\"10mins\""));
        expected.forEach((path, fragments) -> {
            for (String prefix : List.of("", "/master")) {
                HttpResponse<String> response = master.get(prefix + path);
                assertEquals(200, response.statusCode(), prefix + path);
                fragments.forEach(fragment -> assertTrue(response.body().contains(fragment),
                        prefix + path + " lacks " + fragment + ": " + response.body()));
            }
        });
        assertEquals(200, master.get("/master/health").statusCode());
    }

    @Test
    void tasksArePagedAndFilteredAsMesosDoes() {
        assertTrue(master.get("/tasks").body().matches("\\{\"tasks\":\\[\\{\"id\":\"t1\".*\\{\"id\":\"t2\".*"));
        assertTrue(master.get("/tasks?limit=1&order=desc").body().matches("\\{\"tasks\":\\[\\{\"id\":\"t2\"[^\\[]*"
                + "(\\[[^]]*][^\\[]*)*]}"), master.get("/tasks?limit=1&order=desc").body());
        assertEquals("{\"tasks\":[]}", master.get("/tasks?offset=2").body());
        assertTrue(master.get("/master/tasks?task_id=t2").body().startsWith("{\"tasks\":[{\"id\":\"t2\""));
        HttpResponse<String> bad = master.get("/tasks?limit=lots");
        assertEquals(400, bad.statusCode());
        assertEquals("Failed to parse limit: 'lots' is not a non-negative number", bad.body());
    }

    @Test
    void redirectPointsAtTheLeadingMaster() {
        HttpResponse<String> redirect = master.get("/redirect");
        assertEquals(307, redirect.statusCode());
        assertEquals("//localhost:" + master.master.info().getPort(),
                redirect.headers().firstValue("Location").orElseThrow());
        assertEquals(307, master.get("/master/redirect").statusCode());
        assertEquals(404, master.get("/redirect/again").statusCode());
    }

    @Test
    void theOperatorApiReadsTheMasterItself() {
        assertTrue(master.operatorOk("{\"type\":\"GET_FLAGS\"}")
                .contains("{\"name\":\"work_dir\",\"value\":\"/var/lib/osmos\"}"));
        assertTrue(master.operatorOk("{\"type\":\"GET_MASTER\"}").contains("\"master_info\":{\"id\":\""
                + master.master.info().getId()));
        assertTrue(master.operatorOk("{\"type\":\"GET_METRICS\",\"get_metrics\":{}}")
                .contains("{\"name\":\"master/tasks_staging\",\"value\":2.0}"));
        assertTrue(master.operatorOk("{\"type\":\"GET_ROLES\"}").contains("\"name\":\"*\""));
        assertTrue(master.operatorOk("{\"type\":\"GET_EXECUTORS\"}").contains("\"get_executors\":{}"));
        assertEquals("{\"type\":\"GET_LOGGING_LEVEL\",\"get_logging_level\":{\"level\":0}}",
                master.operatorOk("{\"type\":\"GET_LOGGING_LEVEL\"}"));
        master.operatorOk("{\"type\":\"SET_LOGGING_LEVEL\",\"set_logging_level\":{\"level\":2,"
                + "\"duration\":{\"nanoseconds\":60000000000}}}");
        assertEquals("{\"type\":\"GET_LOGGING_LEVEL\",\"get_logging_level\":{\"level\":2}}",
                master.operatorOk("{\"type\":\"GET_LOGGING_LEVEL\"}"));
        HttpResponse<byte[]> noBody = master.operator("{\"type\":\"GET_METRICS\"}");
        assertEquals(400, noBody.statusCode());
        assertEquals("Failed to validate master::Call: Expecting 'get_metrics' to be present",
                new String(noBody.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
