package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.ByteString;
import io.osmos.master.support.Await;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.master.Protos.Response;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.MediaType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The state of a master with thousands of tasks, far more than one chunk: GET_STATE in both encodings
 * and {@code /state} come out whole, streamed, and agree with each other.
 */
class LargeStateTest {
    private static final int TASKS = 3000;

    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.PROTOBUF);

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void thousandsOfTasksComeOutWholeInEveryShape() throws Exception {
        scheduler.subscribe(Scheduler.info("many"));
        agent.register(FakeAgent.info("agent-1", "cpus:64;mem:65536"));
        Offer offer = scheduler.awaitOffer();
        TaskInfo[] tasks = new TaskInfo[TASKS];
        for (int i = 0; i < TASKS; i++) {
            tasks[i] = Scheduler.task("task-" + i, agent.agentId, "cpus:0.01;mem:1").toBuilder()
                    .setLabels(Labels.newBuilder().addLabels(Label.newBuilder().setKey("index").setValue("" + i)))
                    .build();
        }
        assertEquals(202, scheduler.accept(offer.getId(), tasks).statusCode());
        agent.await(AgentEvent.Type.RUN_TASK);
        Await.until("every task recorded", () -> master.get("/metrics/snapshot").body(),
                body -> body.contains("\"master/tasks_staging\":" + TASKS));

        HttpResponse<byte[]> protobuf = master.post("/api/v1",
                "{\"type\":\"GET_STATE\"}".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json",
                "Accept", "application/x-protobuf");
        assertEquals(200, protobuf.statusCode());
        assertEquals("chunked", protobuf.headers().firstValue("Transfer-Encoding").orElse("none"));
        Response state = Response.parseFrom(protobuf.body());
        assertEquals(TASKS, state.getGetState().getGetTasks().getTasksCount());

        Response json = Codec.fromJson(master.operatorOk("{\"type\":\"GET_STATE\"}"), Response.getDefaultInstance());
        assertEquals(state, json, "the JSON answer says the same as the protobuf one");

        HttpResponse<String> classic = master.get("/state");
        assertEquals("chunked", classic.headers().firstValue("Transfer-Encoding").orElse("none"));
        JsonObject document = JsonParser.parseString(classic.body()).getAsJsonObject();
        JsonArray shown = document.getAsJsonArray("frameworks").get(0).getAsJsonObject().getAsJsonArray("tasks");
        assertEquals(TASKS, shown.size());
        assertEquals("TASK_STAGING", shown.get(TASKS - 1).getAsJsonObject().get("state").getAsString());
        assertEquals(1, document.getAsJsonArray("slaves").size());
    }

    @Test
    void aStatusIsKeptWithoutItsDataAsMesosKeepsIt() {
        scheduler.subscribe(Scheduler.info("data"));
        agent.register(FakeAgent.info("agent-1", "cpus:1;mem:128"));
        Offer offer = scheduler.awaitOffer();
        assertEquals(202, scheduler.accept(offer.getId(), Scheduler.task("t1", agent.agentId, "cpus:1;mem:128"))
                .statusCode());
        agent.await(AgentEvent.Type.RUN_TASK);
        TaskStatus withData = TaskStatus.newBuilder().setTaskId(TaskID.newBuilder().setValue("t1"))
                .setState(TaskState.TASK_RUNNING).setAgentId(agent.agentId)
                .setUuid(ByteString.copyFromUtf8("0123456789abcdef")).setData(ByteString.copyFromUtf8("big payload"))
                .build();
        assertEquals(202, agent.call(AgentCall.newBuilder().setType(AgentCall.Type.STATUS_UPDATE)
                .setStatusUpdate(AgentCall.StatusUpdate.newBuilder().setFrameworkId(scheduler.frameworkId)
                        .setStatus(withData))).statusCode());

        assertEquals(withData.getData(), scheduler.awaitUpdate("t1", TaskState.TASK_RUNNING).getData(),
                "the framework gets the data");
        Response tasks = Codec.fromJson(master.operatorOk("{\"type\":\"GET_TASKS\"}"), Response.getDefaultInstance());
        TaskStatus kept = tasks.getGetTasks().getTasks(0).getStatuses(0);
        assertEquals(TaskState.TASK_RUNNING, kept.getState());
        assertFalse(kept.hasData(), kept.toString());
        assertTrue(kept.hasUuid());
    }
}
