package io.osmos.master.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.allocator.Allocator;
import io.osmos.api.resources.Resources;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.FakeAllocator;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.runtime.http.MediaType;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replacing the allocator while a task runs and an offer is out: the new one learns the truth, the old
 * one is ignored.
 */
class AllocatorSwapTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent busy = new FakeAgent(master);
    private final FakeAgent idle = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);
    private Offer outstanding;

    @BeforeEach
    void runOneTaskAndHoldOneOffer() {
        scheduler.subscribe(Scheduler.info("swapped"));
        busy.register(FakeAgent.info("busy", "cpus:2;mem:1024"));
        Offer first = scheduler.awaitOffer();
        scheduler.accept(first.getId(), Scheduler.task("t1", busy.agentId, "cpus:1;mem:128"));
        busy.await(AgentEvent.Type.RUN_TASK);
        idle.register(FakeAgent.info("idle", "cpus:4;mem:2048"));
        outstanding = scheduler.awaitOffer();
        assertEquals(idle.agentId, outstanding.getAgentId());
    }

    @AfterEach
    void close() {
        scheduler.close();
        busy.close();
        idle.close();
        master.close();
    }

    @Test
    void theNewAllocatorIsSeededWithTasksAndOutstandingOffersAndTheOldOneIsIgnored() throws Exception {
        FakeAllocator next = new FakeAllocator();
        AtomicBoolean nextReleased = new AtomicBoolean();
        assertTrue(master.master.installAllocator("next", next, () -> nextReleased.set(true))
                .get(5, TimeUnit.SECONDS));
        assertEquals(List.of("initialize", "pause"), next.calls.subList(0, 2));
        String framework = next.calls.get(2);
        assertTrue(framework.startsWith("addFramework " + scheduler.frameworkId.getValue())
                && framework.contains(busy.agentId.getValue()) && framework.contains(idle.agentId.getValue()),
                framework);
        assertTrue(next.calls.stream().anyMatch(c -> c.startsWith("addAgent " + busy.agentId.getValue())
                && c.contains(scheduler.frameworkId.getValue())), next.calls.toString());
        assertEquals("resume", next.calls.get(next.calls.size() - 1), "resumed once seeded: " + next.calls);
        assertEquals("pause", master.allocator.calls.get(master.allocator.calls.size() - 1));

        // Filters are soft state: the new allocator offers the busy agent's free part at once.
        Offer fresh = scheduler.awaitOffer();
        assertEquals(busy.agentId, fresh.getAgentId());
        assertEquals(Resources.parse("cpus:1;mem:896"), Resources.of(fresh.getResourcesList()));

        // A late offer from the replaced allocator is dropped; the next offer comes from the new one.
        master.allocator.callback().offers(scheduler.frameworkId,
                Map.of("*", Map.of(busy.agentId, Resources.parse("cpus:1").allocate("*"))));
        scheduler.decline(outstanding.getId(), 0);
        Offer again = scheduler.awaitOffer();
        assertEquals(idle.agentId, again.getAgentId());
        assertEquals(Resources.of(outstanding.getResourcesList()), Resources.of(again.getResourcesList()));

        assertFalse(nextReleased.get(), "the allocator in use is kept");
        assertTrue(master.master.installAllocator("back", new FakeAllocator(), () -> { }).get(5, TimeUnit.SECONDS));
        assertTrue(next.calls.contains("pause"));
        assertTrue(nextReleased.get(), "the replaced allocator is given back");
        assertTrue(master.get("/state").body().contains("\"allocator_in_use\":\"back\""));
    }

    @Test
    void anAllocatorThatFailsToStartLeavesTheOldOneInUse() throws Exception {
        AtomicBoolean released = new AtomicBoolean();
        Allocator broken = (Allocator) Proxy.newProxyInstance(Allocator.class.getClassLoader(),
                new Class<?>[] {Allocator.class}, (proxy, method, args) -> {
                    if (method.getName().equals("initialize")) {
                        throw new IllegalStateException("cannot start");
                    }
                    return method.getName().equals("metrics") ? Map.of() : null;
                });
        assertFalse(master.master.installAllocator("broken", broken, () -> released.set(true))
                .get(5, TimeUnit.SECONDS));
        assertTrue(released.get(), "the failed instance is given back");
        List<String> calls = master.allocator.calls;
        assertEquals(List.of("pause", "resume"), calls.subList(calls.size() - 2, calls.size()));
        assertTrue(master.get("/state").body().contains("\"allocator_in_use\":\"fake\""));
        scheduler.decline(outstanding.getId(), 0);
        assertEquals(idle.agentId, scheduler.awaitOffer().getAgentId());
    }
}
