package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.master.Protos.Call;
import io.osmos.protocol.v1.master.Protos.Response;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.MediaType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator's view: the v1 operator API, {@code /state} and {@code /metrics/snapshot}, with one task staged. */
class OperatorApiTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);

    @BeforeEach
    void stageOneTask() {
        scheduler.subscribe(Scheduler.info("observed"));
        agent.register(FakeAgent.info("agent-1", "cpus:2;mem:1024;ports:[31000-32000]"));
        Offer offer = scheduler.awaitOffer();
        scheduler.accept(offer.getId(), Scheduler.task("t1", agent.agentId, "cpus:1;mem:256"));
        agent.await(AgentEvent.Type.RUN_TASK);
    }

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void healthAndVersionAnswerInJson() {
        assertEquals("{\"type\":\"GET_HEALTH\",\"get_health\":{\"healthy\":true}}", call("GET_HEALTH"));
        assertTrue(call("GET_VERSION").contains("\"version_info\":{\"version\":\"1.11.0\""), call("GET_VERSION"));
    }

    @Test
    void getStateInProtobufHoldsTheTaskTheAgentAndTheFramework() throws Exception {
        HttpResponse<byte[]> response = master.post("/api/v1", Codec.encode(Call.newBuilder()
                .setType(Call.Type.GET_STATE).build(), MediaType.PROTOBUF), "Content-Type",
                MediaType.PROTOBUF.contentType(), "Accept", MediaType.PROTOBUF.contentType());
        assertEquals(200, response.statusCode());
        Response.GetState state = Response.parseFrom(response.body()).getGetState();
        assertEquals("t1", state.getGetTasks().getTasks(0).getTaskId().getValue());
        assertEquals(TaskState.TASK_STAGING, state.getGetTasks().getTasks(0).getState());
        Response.GetAgents.Agent agentView = state.getGetAgents().getAgents(0);
        assertEquals(agent.agentId, agentView.getAgentInfo().getId());
        assertTrue(agentView.getActive());
        assertEquals(Resources.parse("cpus:1;mem:256").allocate("*"),
                Resources.of(agentView.getAllocatedResourcesList()));
        Response.GetFrameworks.Framework framework = state.getGetFrameworks().getFrameworks(0);
        assertEquals("observed", framework.getFrameworkInfo().getName());
        assertTrue(framework.getActive() && framework.getConnected());
    }

    @Test
    void unsupportedOperatorCallsAreNotImplemented() {
        HttpResponse<byte[]> response =
                post("{\"type\":\"DRAIN_AGENT\",\"drain_agent\":{\"agent_id\":{\"value\":\"a\"}}}");
        assertEquals(501, response.statusCode());
        assertEquals("Operator call 'DRAIN_AGENT' is not supported by this master",
                new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(400, post("{}").statusCode());
    }

    @Test
    void stateJsonHasTheMesosShape() {
        HttpResponse<String> response = master.get("/state");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        String state = response.body();
        for (String expected : new String[] {"\"version\":\"1.11.0\"", "\"activated_slaves\":1",
                "\"hostname\":\"localhost\"", "\"leader_info\":{\"id\":\"" + master.master.info().getId(),
                "\"resources\":{\"cpus\":2.0,\"gpus\":0.0,\"mem\":1024.0,\"disk\":0.0,\"ports\":\"[31000-32000]\"}",
                "\"used_resources\":{\"cpus\":1.0,\"gpus\":0.0,\"mem\":256.0,\"disk\":0.0}",
                "\"name\":\"observed\"", "\"state\":\"TASK_STAGING\"", "\"slave_id\":\"" + agent.agentId.getValue()}) {
            assertTrue(state.contains(expected), "missing " + expected + " in " + state);
        }
        assertEquals(state, master.get("/master/state").body());
    }

    @Test
    void metricsUseMesosNames() {
        String metrics = master.get("/metrics/snapshot").body();
        for (String expected : new String[] {"\"master/elected\":1", "\"master/frameworks_active\":1",
                "\"master/frameworks_connected\":1", "\"master/slaves_active\":1", "\"master/slaves_connected\":1",
                "\"master/tasks_staging\":1", "\"master/tasks_running\":0", "\"master/tasks_finished\":0",
                "\"master/cpus_total\":2.0", "\"master/cpus_used\":1.0", "\"master/cpus_percent\":0.5",
                "\"master/mem_total\":1024.0", "\"master/mem_used\":256.0", "\"allocator/fake/frameworks\":1"}) {
            assertTrue(metrics.contains(expected), "missing " + expected + " in " + metrics);
        }
        assertTrue(metrics.contains("\"master/outstanding_offers\":"), metrics);
        assertTrue(metrics.contains("\"master/uptime_secs\":"), metrics);
    }

    private String call(String type) {
        HttpResponse<byte[]> response = post("{\"type\":\"" + type + "\"}");
        assertEquals(200, response.statusCode());
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> post(String json) {
        return master.post("/api/v1", json.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
    }
}
