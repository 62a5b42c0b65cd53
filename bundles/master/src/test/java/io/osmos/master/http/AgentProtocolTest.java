package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.master.core.MasterSettings;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.MediaType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The master's side of the agent protocol: registration, pings, calls on the stream, loss and return. */
class AgentProtocolTest {
    private final TestMaster master = new TestMaster(MasterSettings.defaults()
            .withAgentPingTimeout(Duration.ofMillis(100)));
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void registrationAssignsMesosStyleIdsAndPingsFollow() {
        AgentEvent.Registered registered = agent.register(FakeAgent.info("agent-1", "cpus:1;mem:256"));
        assertEquals(master.master.info().getId() + "-S0", registered.getAgentId().getValue());
        assertEquals(0.1, registered.getHeartbeatIntervalSeconds());
        assertEquals(master.master.info(), registered.getMasterInfo());
        agent.await(AgentEvent.Type.PING);
        agent.await(AgentEvent.Type.PING);
        FakeAgent second = new FakeAgent(master);
        try {
            assertEquals(master.master.info().getId() + "-S1",
                    second.register(FakeAgent.info("agent-2", "cpus:1")).getAgentId().getValue());
        } finally {
            second.close();
        }
        assertEquals(202, agent.call(AgentCall.newBuilder().setType(AgentCall.Type.PONG)).statusCode());
    }

    @Test
    void callsOnAStaleStreamOrFromAnUnknownAgentAreForbidden() {
        agent.register(FakeAgent.info("agent-1", "cpus:1"));
        String current = agent.streamId;
        agent.streamId = "stale";
        HttpResponse<byte[]> stale = agent.call(AgentCall.newBuilder().setType(AgentCall.Type.PONG));
        assertEquals(403, stale.statusCode());
        assertTrue(text(stale).contains("didn't match the stream ID currently associated with agent ID"), text(stale));
        agent.streamId = current;
        agent.agentId = AgentID.newBuilder().setValue("nobody").build();
        HttpResponse<byte[]> unknown = agent.call(AgentCall.newBuilder().setType(AgentCall.Type.PONG));
        assertEquals(403, unknown.statusCode());
        assertEquals("Agent nobody is not registered with this master; register again", text(unknown));
    }

    @Test
    void aDisconnectedAgentsOffersAreRescindedAndItComesBackOnReregistration() {
        scheduler.subscribe(Scheduler.info("watcher"));
        AgentInfo info = FakeAgent.info("agent-1", "cpus:2;mem:512");
        agent.register(info);
        Offer offer = scheduler.awaitOffer();
        agent.close();
        assertEquals(offer.getId(), scheduler.await(Event.Type.RESCIND).getRescind().getOfferId());
        master.allocator.awaitCall("deactivateAgent " + agent.agentId.getValue());

        AgentEvent.Reregistered back = agent.reregister(AgentCall.Reregister.newBuilder()
                .setAgentInfo(info.toBuilder().setId(agent.agentId)));
        assertEquals(agent.agentId, back.getAgentId());
        assertEquals(agent.agentId, scheduler.awaitOffer().getAgentId());
    }

    @Test
    void reregistrationAdoptsTasksOfKnownFrameworksAndShutsDownUnknownOnes() {
        scheduler.subscribe(Scheduler.info("owner"));
        AgentInfo info = FakeAgent.info("agent-1", "cpus:2;mem:512");
        agent.register(info);
        scheduler.awaitOffer();
        FrameworkID stranger = FrameworkID.newBuilder().setValue("not-known-here").build();
        agent.reregister(AgentCall.Reregister.newBuilder().setAgentInfo(info.toBuilder().setId(agent.agentId))
                .addTasks(task("adopted", scheduler.frameworkId, TaskState.TASK_RUNNING))
                .addTasks(task("orphan", stranger, TaskState.TASK_RUNNING)));
        assertEquals(stranger, agent.await(AgentEvent.Type.SHUTDOWN_FRAMEWORK).getShutdownFramework().getFrameworkId());
        String added = master.allocator.awaitCall("addAgent " + agent.agentId.getValue() + " used={value");
        assertTrue(added.contains(scheduler.frameworkId.getValue()), added);
        String tasks = text(master.post("/api/v1", "{\"type\":\"GET_TASKS\"}".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json"));
        assertTrue(tasks.contains("\"task_id\":{\"value\":\"adopted\"}") && tasks.contains("TASK_RUNNING"), tasks);
        assertTrue(!tasks.contains("orphan"), tasks);
    }

    @Test
    void aTaskTheAgentNoLongerListsIsLost() {
        scheduler.subscribe(Scheduler.info("owner"));
        AgentInfo info = FakeAgent.info("agent-1", "cpus:2;mem:512");
        agent.register(info);
        Offer offer = scheduler.awaitOffer();
        scheduler.accept(offer.getId(), Scheduler.task("vanished", agent.agentId, "cpus:1"));
        agent.await(AgentEvent.Type.RUN_TASK);
        agent.reregister(AgentCall.Reregister.newBuilder().setAgentInfo(info.toBuilder().setId(agent.agentId)));
        TaskStatus lost = scheduler.awaitUpdate("vanished", TaskState.TASK_LOST);
        assertEquals(TaskStatus.Reason.REASON_RECONCILIATION, lost.getReason());
    }

    @Test
    void anUnregisteringAgentsTasksAreLostAndFrameworksHearOfIt() {
        scheduler.subscribe(Scheduler.info("owner"));
        agent.register(FakeAgent.info("agent-1", "cpus:2;mem:512"));
        Offer offer = scheduler.awaitOffer();
        scheduler.accept(offer.getId(), Scheduler.task("t1", agent.agentId, "cpus:1"));
        agent.await(AgentEvent.Type.RUN_TASK);
        assertEquals(202, agent.call(AgentCall.newBuilder().setType(AgentCall.Type.UNREGISTER)).statusCode());
        TaskStatus lost = scheduler.awaitUpdate("t1", TaskState.TASK_LOST);
        assertEquals(TaskStatus.Reason.REASON_AGENT_REMOVED, lost.getReason());
        assertEquals(agent.agentId, scheduler.await(Event.Type.FAILURE).getFailure().getAgentId());
        master.allocator.awaitCall("removeAgent " + agent.agentId.getValue());
    }

    @Test
    void anExitedExecutorIsReportedToItsFramework() {
        scheduler.subscribe(Scheduler.info("owner"));
        agent.register(FakeAgent.info("agent-1", "cpus:2;mem:512"));
        agent.call(AgentCall.newBuilder().setType(AgentCall.Type.EXITED_EXECUTOR).setExitedExecutor(
                AgentCall.ExitedExecutor.newBuilder().setFrameworkId(scheduler.frameworkId)
                        .setExecutorId(ExecutorID.newBuilder().setValue("e1")).setStatus(256)));
        Event.Failure failure = scheduler.await(Event.Type.FAILURE).getFailure();
        assertEquals("e1", failure.getExecutorId().getValue());
        assertEquals(256, failure.getStatus());
    }

    @Test
    void aMalformedAgentCallIsABadRequest() {
        HttpResponse<byte[]> response = master.post("/api/v1/agent",
                "{\"type\":\"STATUS_UPDATE\"}".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
        assertEquals(400, response.statusCode());
        assertEquals("Failed to validate AgentCall: Expecting 'agent_id' to be present", text(response));
    }

    private Task task(String id, FrameworkID framework, TaskState state) {
        return Task.newBuilder().setName(id).setTaskId(TaskID.newBuilder().setValue(id)).setFrameworkId(framework)
                .setAgentId(agent.agentId).setState(state)
                .addAllResources(io.osmos.api.resources.Resources.parse("cpus:1;mem:64").toProtos()).build();
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
