package io.osmos.master.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.allocator.Allocator;
import io.osmos.master.support.Await;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.DelegatingAllocator;
import io.osmos.master.support.FakeAllocator;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.runtime.http.MediaType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a hand-over reports, what it counts, and work that spans one. */
class AllocatorHandoverTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void aSwapSaysWhatItReplacedAndIsCountedWithItsPause() throws Exception {
        agent.register(FakeAgent.info("a1", "cpus:2;mem:1024"));
        Handover handover = master.master.swapAllocator("next", new FakeAllocator(), () -> { })
                .get(5, TimeUnit.SECONDS);
        assertTrue(handover.installed());
        assertEquals("next", handover.allocator());
        assertEquals("fake", handover.previous());
        assertTrue(handover.pauseNanos() > 0, "the pause is measured: " + handover);
        String metrics = master.get("/metrics/snapshot").body();
        assertTrue(metrics.contains("\"allocator/swaps\":1,") && metrics.contains("\"allocator/swap_failures\":0,")
                && metrics.contains("\"allocator/swap_pause_ms\":"), metrics);
        assertTrue(master.get("/flags").body().contains("\"allocator\":\"next\""), "/flags shows the one in use");
    }

    @Test
    void anAllocatorWhoseSeedThrowsIsGivenBackAndTheOldOneResumes() throws Exception {
        agent.register(FakeAgent.info("a1", "cpus:2;mem:1024"));
        scheduler.subscribe(Scheduler.info("watcher"));
        scheduler.awaitOffer();
        Allocator broken = DelegatingAllocator.of(new FakeAllocator(), "addAgent", args -> {
            throw new IllegalStateException("cannot hold agent " + args[0]);
        });
        Handover handover = master.master.swapAllocator("broken", broken, () -> { }).get(5, TimeUnit.SECONDS);
        assertFalse(handover.installed());
        assertTrue(handover.failure().startsWith("cannot hold agent"), handover.failure());
        assertEquals("fake", handover.previous());
        List<String> calls = master.allocator.calls;
        assertEquals(List.of("pause", "resume"), calls.subList(calls.size() - 2, calls.size()));
        String metrics = master.get("/metrics/snapshot").body();
        assertTrue(metrics.contains("\"allocator/swap_failures\":1,") && metrics.contains("\"allocator/swaps\":0,"),
                metrics);
        assertTrue(master.get("/flags").body().contains("\"allocator\":\"fake\""));
    }

    @Test
    void anOperatorReservationInFlightDuringASwapIsAppliedThroughTheNewAllocator() throws Exception {
        AtomicReference<CompletableFuture<Void>> pending = new AtomicReference<>();
        Allocator slow = DelegatingAllocator.of(new FakeAllocator(), "updateAvailable", args -> {
            pending.set(new CompletableFuture<>());
            return pending.get();
        });
        assertTrue(master.master.installAllocator("slow", slow, () -> { }).get(5, TimeUnit.SECONDS));
        agent.register(FakeAgent.info("a1", "cpus:4;mem:1024"));
        String call = "{\"type\":\"RESERVE_RESOURCES\",\"reserve_resources\":{\"agent_id\":{\"value\":\""
                + agent.agentId.getValue() + "\"},\"resources\":[{\"name\":\"cpus\",\"type\":\"SCALAR\",\"scalar\":"
                + "{\"value\":1},\"reservations\":[{\"type\":\"DYNAMIC\",\"role\":\"db\",\"principal\":\"ops\"}]}]}}";
        CompletableFuture<HttpResponse<byte[]>> reserve = master.postAsync("/api/v1",
                call.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
        Await.until("the old allocator to be asked to convert", pending::get, p -> p != null);

        FakeAllocator next = new FakeAllocator();
        assertTrue(master.master.installAllocator("next", next, () -> { }).get(5, TimeUnit.SECONDS));
        String seeded = next.awaitCall("addAgent " + agent.agentId.getValue());
        // the agent id is a random UUID, whose hex digits may spell "db" too
        assertFalse(seeded.replace(agent.agentId.getValue(), "").contains("db"),
                "seeded before the reservation was applied: " + seeded);
        pending.get().complete(null); // the old allocator converts, too late: it is no longer in use

        HttpResponse<byte[]> answer = reserve.get(10, TimeUnit.SECONDS);
        assertEquals(202, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
        next.awaitCall("updateAvailable " + agent.agentId.getValue() + " [RESERVE]");
        assertTrue(master.operatorOk("{\"type\":\"GET_AGENTS\"}").contains("\"role\":\"db\""));
    }

    @Test
    void withoutAnAllocatorNothingIsInUseAndTheNextOneIsSeeded() throws Exception {
        agent.register(FakeAgent.info("a1", "cpus:2;mem:1024"));
        master.master.dropAllocator(master.allocator);
        Await.until("the allocator to be dropped", () -> master.get("/state").body(),
                body -> body.contains("\"allocator_in_use\":\"\""));
        FakeAllocator next = new FakeAllocator();
        Handover handover = master.master.swapAllocator("next", next, () -> { }).get(5, TimeUnit.SECONDS);
        assertNull(handover.previous());
        next.awaitCall("addAgent " + agent.agentId.getValue());
    }
}
