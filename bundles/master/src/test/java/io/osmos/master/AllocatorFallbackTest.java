package io.osmos.master;

import static io.osmos.master.AllocatorEndpointTest.awaitInUse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.master.core.MasterView;
import io.osmos.master.support.Await;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.FakeAllocator;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.runtime.http.MediaType;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The allocator's service comes and goes (its bundle is stopped, uninstalled or updated) while a
 * framework holds an offer: the master falls back with the same hand-over, and the wanted one returns.
 * Also the shell command, which drives the same choice.
 */
class AllocatorFallbackTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);
    private final AllocatorCandidates candidates = new AllocatorCandidates();
    private final Registered a = Registered.fake("a");
    private Offer outstanding;

    @BeforeEach
    void start() {
        candidates.attach(master.master, "a", "b");
        candidates.add(a.candidate);
        awaitInUse(master, "a");
        agent.register(FakeAgent.info("a1", "cpus:2;mem:1024"));
        scheduler.subscribe(Scheduler.info("busy"));
        outstanding = scheduler.awaitOffer();
    }

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void losingTheAllocatorInUseFallsBackToTheDefaultAndTheWantedOneComesBack() {
        Registered b = Registered.fake("b");
        Registered c = Registered.of("c", 10, FakeAllocator::new);
        candidates.add(b.candidate);
        candidates.add(c.candidate);
        candidates.remove(a.serviceId());
        awaitInUse(master, "b");
        assertEquals(0, c.given.size(), "the default is preferred over a higher-ranked other one");
        assertTrue(b.last().calls.stream().anyMatch(call -> call.startsWith("addFramework")
                && call.contains(agent.agentId.getValue())), "the fallback is seeded with the offer: "
                + b.last().calls);
        scheduler.decline(outstanding.getId(), 0);
        assertEquals(agent.agentId, scheduler.awaitOffer().getAgentId(), "offers keep flowing");

        Registered updated = Registered.fake("a");
        candidates.add(updated.candidate);
        awaitInUse(master, "a");
        assertEquals(b.given, b.returned, "the fallback is given back once the wanted one is back");
    }

    @Test
    void withoutTheDefaultAnyRegisteredAllocatorTakesOver() {
        Registered c = Registered.fake("c");
        candidates.add(c.candidate);
        candidates.remove(a.serviceId());
        awaitInUse(master, "c");
        scheduler.decline(outstanding.getId(), 0);
        assertEquals(agent.agentId, scheduler.awaitOffer().getAgentId());
    }

    @Test
    void withNoAllocatorLeftNothingIsOfferedUntilTheFirstOneAppears() {
        candidates.remove(a.serviceId());
        Await.until("no allocator in use", () -> Optional.ofNullable(master.master.read(MasterView::allocatorName)
                .join()), Optional::isEmpty);
        scheduler.decline(outstanding.getId(), 0);
        Registered z = Registered.fake("z");
        candidates.add(z.candidate);
        awaitInUse(master, "z");
        assertEquals(agent.agentId, scheduler.awaitOffer().getAgentId(), "the first one to appear offers");
    }

    @Test
    void aNewIntervalSwapsInAFreshInstanceAndConfigurationOverridesTheOperator() throws Exception {
        candidates.refresh();
        Await.until("a fresh instance of 'a'", () -> a.returned.size(), n -> n == 1);
        assertEquals(2, a.given.size());

        Registered b = Registered.fake("b");
        candidates.add(b.candidate);
        assertTrue(candidates.select("b").get().installed());
        assertEquals("b", candidates.wanted());
        candidates.want("a", false);
        awaitInUse(master, "a");
    }

    @Test
    void theShellCommandShowsAndSwapsTheAllocator() throws Exception {
        Registered b = Registered.fake("b");
        candidates.add(b.candidate);
        AllocatorCommand command = new AllocatorCommand(master.master, candidates);
        assertEquals("Allocator in use: a; default: b; registered: a, b", command.allocator());
        String swapped = command.allocator("b");
        assertTrue(swapped.matches("Allocator 'b' is in use instead of 'a'; allocation paused [0-9.]+ ms"), swapped);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> command.allocator("zzz"));
        assertEquals("No allocator named 'zzz' is registered; registered: [a, b]", missing.getMessage());
        candidates.remove(b.serviceId());
        awaitInUse(master, "a");
        assertEquals("Allocator in use: a (wanted: b, not registered); default: b; registered: a",
                command.allocator());
    }
}
