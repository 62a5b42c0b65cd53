package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.master.support.Await;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.FakeAllocator;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.MediaType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The first-light loop through real HTTP: subscribe, offer, launch, status updates, acknowledgements. */
class LaunchLoopTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private Scheduler scheduler;

    @AfterEach
    void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        agent.close();
        master.close();
    }

    @ParameterizedTest
    @EnumSource(MediaType.class)
    void aFrameworkRunsATaskOnAnAgent(MediaType type) {
        scheduler = new Scheduler(master, type);
        Event.Subscribed subscribed = scheduler.subscribe(Scheduler.info("first-light"));
        assertEquals(15.0, subscribed.getHeartbeatIntervalSeconds());
        assertEquals(master.master.info().getId(), subscribed.getMasterInfo().getId());
        assertTrue(subscribed.getFrameworkId().getValue().startsWith(master.master.info().getId() + "-"));

        agent.register(FakeAgent.info("agent-1", "cpus:2;mem:1024;disk:4096;ports:[31000-32000]"));
        Offer offer = scheduler.awaitOffer();
        assertEquals(agent.agentId, offer.getAgentId());
        assertEquals("agent-1", offer.getHostname());
        // As Mesos does for schedulers that are not MULTI_ROLE: no allocation_info, the old 'role' field set.
        assertFalse(offer.hasAllocationInfo());
        assertTrue(offer.getResourcesList().stream().allMatch(r -> !r.hasAllocationInfo() && r.getRole().equals("*")
                && r.getReservationsCount() == 0), offer.toString());
        assertEquals(Resources.parse("cpus:2;mem:1024;disk:4096;ports:[31000-32000]"),
                Resources.of(offer.getResourcesList()));

        assertEquals(202, scheduler.accept(offer.getId(), Scheduler.task("t1", agent.agentId, "cpus:1;mem:128"))
                .statusCode());
        AgentEvent.RunTask run = agent.await(AgentEvent.Type.RUN_TASK).getRunTask();
        assertEquals("t1", run.getTask().getTaskId().getValue());
        assertEquals(scheduler.frameworkId, run.getFrameworkId());
        assertEquals("first-light", run.getFramework().getName());
        assertEquals(Resources.parse("cpus:1;mem:128").allocate("*"), Resources.of(run.getTask().getResourcesList()));
        // What the task did not use went back, with the default 5 s filter of the ACCEPT call.
        FakeAllocator.Recovered unused = master.allocator.awaitRecovered("of unused offer", r -> !r.allocated());
        assertEquals(Resources.parse("cpus:1;mem:896;disk:4096;ports:[31000-32000]").allocate("*"), unused.resources());
        assertEquals(5.0, unused.filters().orElseThrow().getRefuseSeconds());

        TaskStatus running = agent.update(scheduler.frameworkId, "t1", TaskState.TASK_RUNNING);
        TaskStatus seen = scheduler.awaitUpdate("t1", TaskState.TASK_RUNNING);
        assertEquals(running.getUuid(), seen.getUuid());
        assertEquals(202, scheduler.acknowledge(seen).statusCode());
        AgentEvent.AcknowledgeStatus ack = agent.await(AgentEvent.Type.ACKNOWLEDGE_STATUS).getAcknowledgeStatus();
        assertEquals(running.getUuid(), ack.getUuid());
        assertEquals("t1", ack.getTaskId().getValue());

        agent.update(scheduler.frameworkId, "t1", TaskState.TASK_FINISHED);
        TaskStatus finished = scheduler.awaitUpdate("t1", TaskState.TASK_FINISHED);
        FakeAllocator.Recovered used =
                master.allocator.awaitRecovered("of the finished task", FakeAllocator.Recovered::allocated);
        assertEquals(Resources.parse("cpus:1;mem:128").allocate("*"), used.resources());
        scheduler.acknowledge(finished);
        agent.await(AgentEvent.Type.ACKNOWLEDGE_STATUS);
        Await.until("t1 among the completed tasks in /state", () -> master.get("/state").body(),
                body -> body.contains("\"completed_tasks\":[{\"id\":\"t1\""));
    }
}
