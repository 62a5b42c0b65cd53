package io.osmos.simulator.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.TaskID;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchPlanTest {
    private static final TaskShape SHAPE = new TaskShape("cpus:0.01;mem:1");

    private static Offer offer(String id, String resources) {
        return Offer.newBuilder().setId(OfferID.newBuilder().setValue(id))
                .addAllResources(Resources.parse(resources).allocate("*").toProtos()).buildPartial();
    }

    @Test
    void launchesAsManyAsFitThenDeclinesOnceEverythingIsOut() {
        LaunchPlan plan = new LaunchPlan(new FrameworkSettings("f", 150, SHAPE, 0, 0));
        plan.hold(List.of(offer("o1", "cpus:1;mem:1024"), offer("o2", "cpus:1;mem:1024"),
                offer("o3", "cpus:1;mem:1024")));
        assertEquals(new LaunchPlan.Launch(offer("o1", "cpus:1;mem:1024"), 0, 100), plan.next());
        assertEquals(new LaunchPlan.Launch(offer("o2", "cpus:1;mem:1024"), 100, 50), plan.next());
        assertTrue(plan.allLaunched());
        assertEquals(new LaunchPlan.Decline(offer("o3", "cpus:1;mem:1024"), LaunchPlan.DONE_REFUSE_SECONDS),
                plan.next());
        assertNull(plan.next());
    }

    @Test
    void declinesAnOfferTooSmallForOneTask() {
        LaunchPlan plan = new LaunchPlan(new FrameworkSettings("f", 10, SHAPE, 0, 0));
        plan.hold(List.of(offer("tiny", "cpus:0.005;mem:1024")));
        LaunchPlan.Step step = plan.next();
        assertEquals(LaunchPlan.USELESS_OFFER_REFUSE_SECONDS,
                assertInstanceOf(LaunchPlan.Decline.class, step).refuseSeconds());
    }

    @Test
    void holdsOffersWhileTheWindowIsFullAndRefillsInBatches() {
        LaunchPlan plan = new LaunchPlan(new FrameworkSettings("f", 1000, SHAPE, 0, 20));
        plan.hold(List.of(offer("o1", "cpus:1;mem:1024"), offer("o2", "cpus:1;mem:1024")));
        assertEquals(20, assertInstanceOf(LaunchPlan.Launch.class, plan.next()).count());
        assertNull(plan.next(), "window full: o2 is held");
        plan.settled(0);
        assertNull(plan.next(), "one free slot is less than a batch of 2");
        plan.settled(1);
        LaunchPlan.Launch refill = assertInstanceOf(LaunchPlan.Launch.class, plan.next());
        assertEquals("o2", refill.offer().getId().getValue());
        assertEquals(20, refill.first());
        assertEquals(2, refill.count());
    }

    @Test
    void taskIdsCarryTheTaskNumber() {
        assertEquals("t42", LaunchPlan.taskId(42));
        assertEquals(42, LaunchPlan.taskNumber(TaskID.newBuilder().setValue("t42").build()));
        assertEquals(-1, LaunchPlan.taskNumber(TaskID.newBuilder().setValue("other").build()));
    }
}
