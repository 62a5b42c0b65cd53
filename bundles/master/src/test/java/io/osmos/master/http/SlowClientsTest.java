package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.master.core.MasterSettings;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.RawClient;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.runtime.http.MediaType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clients that do not keep up: the master cuts off a subscriber that stops reading, and waits for no one. */
class SlowClientsTest {
    private static final long BACKLOG = 64 * 1024;
    private static final int RECONCILED_PER_CALL = 2000;
    private static final int MAX_CALLS = 100;

    private final TestMaster master = new TestMaster(MasterSettings.defaults().withMaxSubscriberBacklog(BACKLOG));

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void aSubscriberThatStopsReadingIsCutOffAndOthersCarryOn() {
        String subscribe = "{\"type\":\"SUBSCRIBE\",\"subscribe\":{\"framework_info\":{\"user\":\"u\",\"name\":\"stuck\","
                + "\"failover_timeout\":3600}}}";
        byte[] body = subscribe.getBytes(StandardCharsets.UTF_8);
        try (RawClient stuck = new RawClient(master.master.info().getPort(), 1024)) {
            stuck.start("/api/v1/scheduler", "application/json", body.length, body);
            String start = stuck.readUntil("\"heartbeat_interval_seconds\"");
            String streamId = find(start, "Mesos-Stream-Id: ([^\\r]+)");
            String frameworkId = find(start, "\"framework_id\":\\{\"value\":\"([^\"]+)\"");
            StringBuilder reconcile = new StringBuilder("{\"type\":\"RECONCILE\",\"framework_id\":{\"value\":\""
                    + frameworkId + "\"},\"reconcile\":{\"tasks\":[");
            for (int i = 0; i < RECONCILED_PER_CALL; i++) {
                reconcile.append(i == 0 ? "" : ",").append("{\"task_id\":{\"value\":\"task-").append(i).append("\"}}");
            }
            byte[] call = reconcile.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
            int status = 202;
            for (int i = 0; i < MAX_CALLS && status == 202; i++) {
                status = master.post("/api/v1/scheduler", call, "Content-Type", "application/json",
                        "Mesos-Stream-Id", streamId).statusCode();
            }
            assertEquals(403, status, "the stuck framework is no longer subscribed");
            assertTrue(master.get("/metrics/snapshot").body().contains("\"master/frameworks_disconnected\":1"));
            master.allocator.awaitCall("deactivateFramework " + frameworkId);
        }
        assertEquals("{\"type\":\"GET_HEALTH\",\"get_health\":{\"healthy\":true}}",
                master.operatorOk("{\"type\":\"GET_HEALTH\"}"));
        try (Scheduler fresh = new Scheduler(master, MediaType.JSON); FakeAgent agent = new FakeAgent(master)) {
            fresh.subscribe(Scheduler.info("fresh"));
            agent.register(FakeAgent.info("agent-1", "cpus:1"));
            assertEquals(agent.agentId, fresh.awaitOffer().getAgentId());
        }
    }

    @Test
    void aClientTricklingItsBodyHoldsUpNoOne() {
        try (RawClient trickle = new RawClient(master.master.info().getPort(), 8192)) {
            trickle.start("/api/v1", "application/json", 1000, "{\"type\":".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 3; i++) {
                trickle.send(" ".getBytes(StandardCharsets.UTF_8));
                assertEquals(200, master.operator("{\"type\":\"GET_HEALTH\"}").statusCode());
            }
        }
        try (Scheduler scheduler = new Scheduler(master, MediaType.PROTOBUF)) {
            scheduler.subscribe(Scheduler.info("after"));
        }
        HttpResponse<String> state = master.get("/state");
        assertTrue(state.body().contains("\"name\":\"after\""), state.body());
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), "no " + regex + " in " + text);
        return matcher.group(1);
    }
}
