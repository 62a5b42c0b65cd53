package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.MediaType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operator calls that change the cluster: weights, quota, reservations and volumes, agents, teardown. */
class OperatorChangesTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);
    private final AgentInfo info = FakeAgent.info("agent-1", "cpus:4;mem:1024;disk:1000");

    @BeforeEach
    void start() {
        agent.register(info);
    }

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void weightsAreKeptShownAndHandedToTheAllocator() {
        master.operatorOk("{\"type\":\"UPDATE_WEIGHTS\",\"update_weights\":{\"weight_infos\":"
                + "[{\"role\":\" web \",\"weight\":2.5}]}}");
        master.allocator.awaitCall("updateWeights [web=2.5]");
        assertTrue(master.operatorOk("{\"type\":\"GET_WEIGHTS\"}").contains("{\"weight\":2.5,\"role\":\"web\"}"));
        assertTrue(master.operatorOk("{\"type\":\"GET_ROLES\"}").contains("\"name\":\"web\",\"weight\":2.5"));
        assertRefused(400, "Failed to validate update weights request JSON for role 'web': Invalid weight '-1.0':"
                + " Weights must be positive", "{\"type\":\"UPDATE_WEIGHTS\",\"update_weights\":{\"weight_infos\":"
                + "[{\"role\":\"web\",\"weight\":-1}]}}");
    }

    @Test
    void quotaIsCheckedKeptAndHandedToTheAllocator() {
        master.operatorOk("{\"type\":\"UPDATE_QUOTA\",\"update_quota\":{\"quota_configs\":[{\"role\":\"web\","
                + "\"guarantees\":{\"cpus\":{\"value\":1}},\"limits\":{\"cpus\":{\"value\":2}}}]}}");
        master.allocator.awaitCall("updateQuota web");
        String quota = master.operatorOk("{\"type\":\"GET_QUOTA\"}");
        assertTrue(quota.contains("\"configs\":[{\"role\":\"web\",\"guarantees\":{\"cpus\":{\"value\":1.0}}"), quota);
        assertRefused(400, "Updating quota on nested role 'web/a' is not supported yet",
                "{\"type\":\"UPDATE_QUOTA\",\"update_quota\":{\"quota_configs\":[{\"role\":\"web/a\"}]}}");
        assertRefused(400, "Invalid QuotaConfig: 'QuotaConfig.guarantees' {cpus:3.0} is not contained within the"
                + " 'QuotaConfig.limits' {cpus:2.0}", "{\"type\":\"UPDATE_QUOTA\",\"update_quota\":{\"quota_configs\":"
                + "[{\"role\":\"db\",\"guarantees\":{\"cpus\":{\"value\":3}},\"limits\":{\"cpus\":{\"value\":2}}}]}}");
        HttpResponse<byte[]> overcommit = master.operator("{\"type\":\"UPDATE_QUOTA\",\"update_quota\":{"
                + "\"quota_configs\":[{\"role\":\"db\",\"guarantees\":{\"cpus\":{\"value\":100}}}]}}");
        assertEquals(400, overcommit.statusCode());
        assertTrue(text(overcommit).contains("exceed cluster capacity"), text(overcommit));
    }

    @Test
    void anOperatorReservesCreatesDestroysAndUnreservesOnAnAgent() {
        String reserved = "[{\"name\":\"disk\",\"type\":\"SCALAR\",\"scalar\":{\"value\":100},\"reservations\":"
                + "[{\"type\":\"DYNAMIC\",\"role\":\"db\",\"principal\":\"ops\"}]}]";
        String volume = "[{\"name\":\"disk\",\"type\":\"SCALAR\",\"scalar\":{\"value\":100},\"reservations\":"
                + "[{\"type\":\"DYNAMIC\",\"role\":\"db\",\"principal\":\"ops\"}],\"disk\":{\"persistence\":"
                + "{\"id\":\"v1\"},\"volume\":{\"mode\":\"RW\",\"container_path\":\"data\"}}}]";
        String agentId = "{\"value\":\"" + agent.agentId.getValue() + "\"}";
        assertEquals(202, master.operator("{\"type\":\"RESERVE_RESOURCES\",\"reserve_resources\":{\"agent_id\":"
                + agentId + ",\"resources\":" + reserved + "}}").statusCode());
        master.allocator.awaitCall("updateAvailable " + agent.agentId.getValue() + " [RESERVE]");
        assertTrue(master.operatorOk("{\"type\":\"GET_AGENTS\"}").contains("\"role\":\"db\""));
        assertEquals(202, master.operator("{\"type\":\"CREATE_VOLUMES\",\"create_volumes\":{\"agent_id\":"
                + agentId + ",\"volumes\":" + volume + "}}").statusCode());
        assertTrue(master.operatorOk("{\"type\":\"GET_AGENTS\"}").contains("\"persistence\":{\"id\":\"v1\"}"));
        assertRefused(400, "Persistence ID 'v1' is not unique", "{\"type\":\"CREATE_VOLUMES\",\"create_volumes\":"
                + "{\"agent_id\":" + agentId + ",\"volumes\":" + volume + "}}");
        assertRefused(400, "A dynamically reserved persistent volume disk(reservations: [(DYNAMIC,db,ops)])[v1:data]"
                + ":100 cannot be unreserved directly. Please destroy the persistent volume first then unreserve the"
                + " resource", "{\"type\":\"UNRESERVE_RESOURCES\",\"unreserve_resources\":{\"agent_id\":" + agentId
                + ",\"resources\":" + volume + "}}");
        assertEquals(202, master.operator("{\"type\":\"DESTROY_VOLUMES\",\"destroy_volumes\":{\"agent_id\":"
                + agentId + ",\"volumes\":" + volume + "}}").statusCode());
        assertEquals(202, master.operator("{\"type\":\"UNRESERVE_RESOURCES\",\"unreserve_resources\":{\"agent_id\":"
                + agentId + ",\"resources\":" + reserved + "}}").statusCode());
        assertTrue(!master.operatorOk("{\"type\":\"GET_AGENTS\"}").contains("\"role\":\"db\""));
        String tooMuch = reserved.replace("100", "5000");
        HttpResponse<byte[]> conflict = master.operator("{\"type\":\"RESERVE_RESOURCES\",\"reserve_resources\":"
                + "{\"agent_id\":" + agentId + ",\"resources\":" + tooMuch + "}}");
        assertEquals(409, conflict.statusCode());
        assertTrue(text(conflict).startsWith("Invalid RESERVE Operation: ") && text(conflict).contains("does not"
                + " contain"), text(conflict));
        assertRefused(400, "No agent found with specified ID", "{\"type\":\"RESERVE_RESOURCES\",\"reserve_resources\":"
                + "{\"agent_id\":{\"value\":\"nobody\"},\"resources\":" + reserved + "}}");
    }

    @Test
    void aDeactivatedAgentIsOfferedNoMoreUntilReactivated() {
        scheduler.subscribe(Scheduler.info("watcher"));
        var offer = scheduler.awaitOffer();
        String call = "\"agent_id\":{\"value\":\"" + agent.agentId.getValue() + "\"}}}";
        master.operatorOk("{\"type\":\"DEACTIVATE_AGENT\",\"deactivate_agent\":{" + call);
        assertEquals(offer.getId(), scheduler.await(Event.Type.RESCIND).getRescind().getOfferId());
        master.allocator.awaitCall("deactivateAgent " + agent.agentId.getValue());
        assertTrue(master.operatorOk("{\"type\":\"GET_AGENTS\"}").contains("\"deactivated\":true"));
        master.operatorOk("{\"type\":\"REACTIVATE_AGENT\",\"reactivate_agent\":{" + call);
        master.allocator.awaitCall("activateAgent " + agent.agentId.getValue());
        assertRefused(400, "Agent is not deactivated", "{\"type\":\"REACTIVATE_AGENT\",\"reactivate_agent\":{" + call);
        assertRefused(400, "Unknown agent",
                "{\"type\":\"DEACTIVATE_AGENT\",\"deactivate_agent\":{\"agent_id\":{\"value\":\"x\"}}}");
    }

    @Test
    void anAgentMarkedGoneLosesItsTasksIsShutDownAndMayNotReturn() {
        scheduler.subscribe(Scheduler.info("owner"));
        scheduler.accept(scheduler.awaitOffer().getId(), Scheduler.task("t1", agent.agentId, "cpus:1"));
        agent.await(AgentEvent.Type.RUN_TASK);
        master.operatorOk("{\"type\":\"MARK_AGENT_GONE\",\"mark_agent_gone\":{\"agent_id\":{\"value\":\""
                + agent.agentId.getValue() + "\"}}}");
        TaskStatus lost = scheduler.awaitUpdate("t1", TaskState.TASK_LOST);
        assertEquals(TaskStatus.Reason.REASON_AGENT_REMOVED, lost.getReason());
        assertEquals("Agent has been marked gone", lost.getMessage());
        assertEquals("Agent has been marked gone", agent.await(AgentEvent.Type.SHUTDOWN).getShutdown().getMessage());
        agent.attemptReregistration(AgentCall.Reregister.newBuilder()
                .setAgentInfo(info.toBuilder().setId(agent.agentId)));
        assertTrue(agent.await(AgentEvent.Type.SHUTDOWN).getShutdown().getMessage().contains("marked gone"));
        assertRefused(404, "Agent 'nobody' not found",
                "{\"type\":\"MARK_AGENT_GONE\",\"mark_agent_gone\":{\"agent_id\":{\"value\":\"nobody\"}}}");
    }

    @Test
    void teardownRemovesTheFrameworkAndItsTasks() {
        scheduler.subscribe(Scheduler.info("doomed"));
        scheduler.accept(scheduler.awaitOffer().getId(), Scheduler.task("t1", agent.agentId, "cpus:1"));
        agent.await(AgentEvent.Type.RUN_TASK);
        master.operatorOk("{\"type\":\"TEARDOWN\",\"teardown\":{\"framework_id\":{\"value\":\""
                + scheduler.frameworkId.getValue() + "\"}}}");
        assertEquals(scheduler.frameworkId, agent.await(AgentEvent.Type.SHUTDOWN_FRAMEWORK).getShutdownFramework()
                .getFrameworkId());
        assertTrue(scheduler.events.awaitEnd(), "the framework's stream ends");
        assertRefused(400, "No framework found with ID " + scheduler.frameworkId.getValue(),
                "{\"type\":\"TEARDOWN\",\"teardown\":{\"framework_id\":{\"value\":\""
                        + scheduler.frameworkId.getValue() + "\"}}}");
    }

    private void assertRefused(int status, String message, String call) {
        HttpResponse<byte[]> response = master.operator(call);
        assertEquals(status, response.statusCode(), text(response));
        assertEquals(message, text(response));
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
