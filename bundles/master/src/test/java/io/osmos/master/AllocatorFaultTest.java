package io.osmos.master;

import static io.osmos.master.AllocatorEndpointTest.awaitInUse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.master.core.MasterView;
import io.osmos.master.support.Await;
import io.osmos.master.support.DelegatingAllocator;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.FakeAllocator;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.runtime.http.MediaType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An allocator that comes up cleanly and then throws while in use, or reports through its callback a
 * failure on its own thread: the master swaps in the default (or any other registered allocator) with
 * the usual hand-over and offers flow again; with nothing else registered the faulty one stays and
 * every failure is counted. A report from an instance already swapped out is only counted.
 */
class AllocatorFaultTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);
    private final AllocatorCandidates candidates = new AllocatorCandidates();
    private final List<FakeAllocator> inside = new CopyOnWriteArrayList<>();
    // Comes up and offers like any allocator, but throws when offered resources come back or on REVIVE.
    private final Registered faulty = Registered.of("faulty", 0, () -> DelegatingAllocator.of(
            DelegatingAllocator.of(track(new FakeAllocator()), "recoverResources", AllocatorFaultTest::broken),
            "reviveOffers", AllocatorFaultTest::broken));
    private Offer first;

    @BeforeEach
    void start() {
        candidates.attach(master.master, "faulty", "b");
        candidates.add(faulty.candidate);
        awaitInUse(master, "faulty");
        agent.register(FakeAgent.info("a1", "cpus:2;mem:1024"));
        scheduler.subscribe(Scheduler.info("busy"));
        first = scheduler.awaitOffer();
    }

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void anAllocatorThatThrowsInUseIsReplacedByTheDefaultAndOffersFlowAgain() throws Exception {
        Registered other = Registered.of("c", 10, FakeAllocator::new);
        Registered fallback = Registered.fake("b");
        candidates.add(other.candidate);
        candidates.add(fallback.candidate);
        assertEquals(0, other.given.size(), "the wanted one stays in use while it works");

        scheduler.decline(first.getId(), 0);
        awaitInUse(master, "b");
        Offer again = scheduler.awaitOffer();
        assertEquals(agent.agentId, again.getAgentId(), "offers flow again");
        assertEquals(0, other.given.size(), "the default is preferred over a higher-ranked other one");
        assertEquals(faulty.given, faulty.returned, "the faulty instance is given back");
        assertEquals(1, failures());
        assertEquals("faulty", candidates.wanted(), "the operator's choice is kept");

        assertTrue(candidates.select("faulty").get().installed(), "asking for it by name tries it again");
        scheduler.decline(again.getId(), 0);
        awaitInUse(master, "b");
        assertEquals(agent.agentId, scheduler.awaitOffer().getAgentId());
        assertEquals(2, failures());
    }

    @Test
    void anAllocatorBuiltAgainstAnotherApiIsReplacedWhenACallDoesNotLink() throws Exception {
        Registered stale = Registered.of("stale", 0, () -> DelegatingAllocator.of(new FakeAllocator(),
                "reviveOffers", args -> {
                    throw new AbstractMethodError("reviveOffers is not implemented by this build");
                }));
        Registered fallback = Registered.fake("b");
        candidates.add(stale.candidate);
        candidates.add(fallback.candidate);
        assertTrue(candidates.select("stale").get().installed());

        scheduler.call(Call.newBuilder().setType(Call.Type.REVIVE).setRevive(Call.Revive.getDefaultInstance()));
        awaitInUse(master, "b");
        assertEquals(1, failures());
        assertEquals(stale.given, stale.returned, "the instance that did not link is given back");
        scheduler.decline(first.getId(), 0);
        assertEquals(agent.agentId, scheduler.awaitOffer().getAgentId(), "offers flow again");
    }

    @Test
    void withNoOtherAllocatorTheFaultyOneStaysAndFailuresAreCountedUntilAnotherAppears() {
        Call.Builder revive = Call.newBuilder().setType(Call.Type.REVIVE).setRevive(Call.Revive.getDefaultInstance());
        scheduler.call(revive);
        scheduler.call(revive.clone());
        Await.until("two failures counted", this::failures, n -> n == 2);
        awaitInUse(master, "faulty");

        Registered latecomer = Registered.fake("z");
        candidates.add(latecomer.candidate);
        awaitInUse(master, "z");
        scheduler.decline(first.getId(), 0);
        assertEquals(agent.agentId, scheduler.awaitOffer().getAgentId(), "the one that appears takes over");
    }

    @Test
    void aFailureReportedFromTheAllocatorsOwnThreadCountsAsAThrowingCall() throws Exception {
        Registered fallback = Registered.fake("b");
        candidates.add(fallback.candidate);
        OfferCallback callback = inside.get(inside.size() - 1).callback();

        report(callback, "lost track of agent a1 (on purpose)");
        awaitInUse(master, "b");
        assertEquals(1, failures());
        assertEquals(faulty.given, faulty.returned, "the failed instance is given back");
        scheduler.decline(first.getId(), 0);
        assertEquals(agent.agentId, scheduler.awaitOffer().getAgentId(), "offers flow again");

        report(callback, "a late report from the instance swapped out (on purpose)");
        Await.until("the late report counted", this::failures, n -> n == 2);
        awaitInUse(master, "b");
        assertEquals(1, fallback.given.size(), "a late report from an old instance replaces nothing");
    }

    @Test
    void aFailureReportedFromItsOwnThreadWithNothingElseRegisteredIsCounted() {
        report(inside.get(inside.size() - 1).callback(), "lost track of agent a1 (on purpose)");
        Await.until("the failure counted", this::failures, n -> n == 1);
        awaitInUse(master, "faulty");
        assertEquals(1, faulty.given.size());
    }

    // As an allocator does from its own actor: the report comes from a thread that is not the master's.
    private static void report(OfferCallback callback, String what) {
        new Thread(() -> callback.failed(new IllegalStateException(what)), "allocator-thread").start();
    }

    private FakeAllocator track(FakeAllocator allocator) {
        inside.add(allocator);
        return allocator;
    }

    private long failures() {
        return master.master.read(MasterView::allocatorFailures).join();
    }

    private static Object broken(Object[] args) {
        throw new IllegalStateException("broken on purpose");
    }
}
