package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.FakeAllocator;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.runtime.http.MediaType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offers going back and forth: declines with filters, refused launches, and frameworks sharing an agent. */
class OfferFlowTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);
    private Offer offer;

    @BeforeEach
    void offered() {
        scheduler.subscribe(Scheduler.info("offers"));
        agent.register(FakeAgent.info("agent-1", "cpus:2;mem:1024"));
        offer = scheduler.awaitOffer();
    }

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void aDeclineWithAFilterGivesTheResourcesBackWithThatFilter() {
        assertEquals(202, scheduler.decline(offer.getId(), 30).statusCode());
        FakeAllocator.Recovered declined = master.allocator.awaitRecovered("of the declined offer", r -> true);
        assertEquals(offer.getAgentId(), declined.agent());
        assertEquals(Resources.of(offer.getResourcesList()), declined.resources().unallocated());
        assertEquals(30.0, declined.filters().orElseThrow().getRefuseSeconds());
        assertFalse(declined.allocated());
    }

    @Test
    void aDeclinedAgentIsOfferedToAnotherFrameworkSharingIt() {
        Scheduler second = new Scheduler(master, MediaType.PROTOBUF);
        try {
            second.subscribe(Scheduler.info("second"));
            scheduler.decline(offer.getId(), 30);
            Offer forSecond = second.awaitOffer();
            assertEquals(offer.getAgentId(), forSecond.getAgentId());
            assertEquals(second.frameworkId, forSecond.getFrameworkId());
            assertNotEquals(offer.getId(), forSecond.getId());
        } finally {
            second.close();
        }
    }

    @Test
    void anOversizedLaunchGetsTaskErrorAndTheOfferGoesBack() {
        scheduler.accept(offer.getId(), Scheduler.task("big", agent.agentId, "cpus:8;mem:128"));
        TaskStatus error = scheduler.awaitUpdate("big", TaskState.TASK_ERROR);
        assertEquals(TaskStatus.Reason.REASON_TASK_INVALID, error.getReason());
        assertEquals(TaskStatus.Source.SOURCE_MASTER, error.getSource());
        assertEquals("Total resources cpus(allocated: *):8; mem(allocated: *):128 required by task and its"
                + " executor is more than available cpus(allocated: *):2; mem(allocated: *):1024", error.getMessage());
        assertTrue(error.getUuid().isEmpty(), "master-made updates need no acknowledgement");
        FakeAllocator.Recovered back = master.allocator.awaitRecovered("of the unused offer", r -> true);
        assertEquals(Resources.of(offer.getResourcesList()), back.resources().unallocated());
    }

    @Test
    void aLaunchOnAnOfferThatIsGoneLosesTheTask() {
        OfferID gone = OfferID.newBuilder().setValue("no-such-offer").build();
        scheduler.accept(gone, Scheduler.task("lost", agent.agentId, "cpus:1"));
        TaskStatus lost = scheduler.awaitUpdate("lost", TaskState.TASK_LOST);
        assertEquals(TaskStatus.Reason.REASON_INVALID_OFFERS, lost.getReason());
        assertEquals("Task launched with invalid offers: Offer no-such-offer is no longer valid", lost.getMessage());
    }

    @Test
    void aDuplicateTaskIdInOneAcceptGetsTaskError() {
        scheduler.accept(offer.getId(), Scheduler.task("twin", agent.agentId, "cpus:1"),
                Scheduler.task("twin", agent.agentId, "cpus:1"));
        TaskStatus error = scheduler.awaitUpdate("twin", TaskState.TASK_ERROR);
        assertEquals("Task has duplicate ID: twin", error.getMessage());
    }
}
