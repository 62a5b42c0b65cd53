package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.master.core.MasterSettings;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** KILL, RECONCILE, SUPPRESS/REVIVE, TEARDOWN and heartbeats, on a framework with one task on one agent. */
class TaskControlTest {
    private final TestMaster master = new TestMaster(MasterSettings.defaults()
            .withHeartbeatInterval(Duration.ofMillis(100)));
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.PROTOBUF);

    @BeforeEach
    void launch() {
        scheduler.subscribe(Scheduler.info("control"));
        agent.register(FakeAgent.info("agent-1", "cpus:2;mem:1024"));
        Offer offer = scheduler.awaitOffer();
        scheduler.accept(offer.getId(), Scheduler.task("t1", agent.agentId, "cpus:1;mem:64"));
        agent.await(AgentEvent.Type.RUN_TASK);
    }

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void heartbeatsArriveEveryInterval() {
        for (int i = 0; i < 3; i++) {
            scheduler.await(Event.Type.HEARTBEAT);
        }
    }

    @Test
    void killIsForwardedToTheAgent() {
        assertEquals(202, scheduler.call(Call.newBuilder().setType(Call.Type.KILL)
                .setKill(Call.Kill.newBuilder().setTaskId(id("t1")))).statusCode());
        AgentEvent.KillTask kill = agent.await(AgentEvent.Type.KILL_TASK).getKillTask();
        assertEquals("t1", kill.getTaskId().getValue());
        assertEquals(scheduler.frameworkId, kill.getFrameworkId());
    }

    @Test
    void killOfAnUnknownTaskAnswersWithReconciliation() {
        scheduler.call(Call.newBuilder().setType(Call.Type.KILL)
                .setKill(Call.Kill.newBuilder().setTaskId(id("ghost"))));
        TaskStatus lost = scheduler.awaitUpdate("ghost", TaskState.TASK_LOST);
        assertEquals(TaskStatus.Reason.REASON_RECONCILIATION, lost.getReason());
    }

    @Test
    void implicitReconciliationReportsEveryTaskWithoutUuid() {
        scheduler.call(Call.newBuilder().setType(Call.Type.RECONCILE)
                .setReconcile(Call.Reconcile.getDefaultInstance()));
        TaskStatus staging = scheduler.awaitUpdate("t1", TaskState.TASK_STAGING);
        assertEquals(TaskStatus.Source.SOURCE_MASTER, staging.getSource());
        assertEquals(TaskStatus.Reason.REASON_RECONCILIATION, staging.getReason());
        assertEquals(agent.agentId, staging.getAgentId());
        assertTrue(staging.getUuid().isEmpty());
    }

    @Test
    void explicitReconciliationOfAnUnknownTaskOnAKnownAgentIsLostForOldFrameworks() {
        scheduler.call(Call.newBuilder().setType(Call.Type.RECONCILE).setReconcile(Call.Reconcile.newBuilder()
                .addTasks(Call.Reconcile.Task.newBuilder().setTaskId(id("t1")))
                .addTasks(Call.Reconcile.Task.newBuilder().setTaskId(id("other")).setAgentId(agent.agentId))));
        scheduler.awaitUpdate("t1", TaskState.TASK_STAGING);
        TaskStatus other = scheduler.awaitUpdate("other", TaskState.TASK_LOST);
        assertEquals("Reconciliation: Task is unknown to the agent", other.getMessage());
    }

    @Test
    void suppressAndReviveReachTheAllocatorAndAreShownInState() {
        scheduler.call(Call.newBuilder().setType(Call.Type.SUPPRESS).setSuppress(Call.Suppress.getDefaultInstance()));
        master.allocator.awaitCall("suppressOffers " + scheduler.frameworkId.getValue());
        assertTrue(master.get("/state").body().contains("\"suppressed_roles\":[\"*\"]"));
        scheduler.call(Call.newBuilder().setType(Call.Type.REVIVE).setRevive(Call.Revive.getDefaultInstance()));
        master.allocator.awaitCall("reviveOffers " + scheduler.frameworkId.getValue());
        assertTrue(master.get("/state").body().contains("\"suppressed_roles\":[]"));
    }

    @Test
    void teardownKillsTheTasksTellsTheAgentAndEndsTheStream() {
        assertEquals(202, scheduler.call(Call.newBuilder().setType(Call.Type.TEARDOWN)).statusCode());
        assertEquals(scheduler.frameworkId, agent.await(AgentEvent.Type.SHUTDOWN_FRAMEWORK).getShutdownFramework()
                .getFrameworkId());
        master.allocator.awaitCall("removeFramework " + scheduler.frameworkId.getValue());
        assertTrue(scheduler.events.awaitEnd(), "the subscription stream ends");
        assertTrue(master.get("/metrics/snapshot").body().contains("\"master/tasks_killed\":1"));
        String tasks = new String(master.post("/api/v1", "{\"type\":\"GET_TASKS\"}".getBytes(
                StandardCharsets.UTF_8), "Content-Type", "application/json").body(), StandardCharsets.UTF_8);
        assertTrue(tasks.contains("\"completed_tasks\":[{\"name\":\"t1\"")
                && tasks.contains("\"state\":\"TASK_KILLED\"") && tasks.contains("REASON_FRAMEWORK_REMOVED"), tasks);
        assertEquals(403, scheduler.call(Call.newBuilder().setType(Call.Type.REVIVE)).statusCode());
    }

    @Test
    void aFrameworkWithoutFailoverTimeoutIsRemovedWhenItDisconnects() {
        scheduler.close();
        master.allocator.awaitCall("removeFramework " + scheduler.frameworkId.getValue());
        assertEquals(scheduler.frameworkId, agent.await(AgentEvent.Type.SHUTDOWN_FRAMEWORK).getShutdownFramework()
                .getFrameworkId());
    }

    private static TaskID id(String value) {
        return TaskID.newBuilder().setValue(value).build();
    }
}
