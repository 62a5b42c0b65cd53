package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.agentId;
import static io.osmos.allocator.drf.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Filters;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * When runs happen on their own, as in a real master (the other tests drive every run): every
 * allocation interval, and soon after an event that may have something new to offer, one run serving
 * a whole burst of such events.
 */
class AllocationTimingTest {
    private static final long DEADLINE_NANOS = Harness.WAIT.toNanos();

    private final RecordingCallback callback = new RecordingCallback();

    private DrfAllocator allocator(Duration interval) {
        DrfAllocator allocator = new DrfAllocator(Clock.systemUTC(), new Random(7), false);
        allocator.initialize(Harness.options().allocationInterval(interval).build(), callback);
        return allocator;
    }

    private RecordingCallback.Offered next(String what) throws InterruptedException {
        RecordingCallback.Offered offer = callback.await(Harness.WAIT);
        assertNotNull(offer, "no offer came within " + Harness.WAIT + ": " + what);
        return offer;
    }

    private static long runs(DrfAllocator allocator) {
        return allocator.metrics().get("allocator/mesos/allocation_runs").longValue();
    }

    private static void await(String what, LongSupplier value, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (value.getAsLong() < atLeast) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            LockSupport.parkNanos(1_000_000L);
        }
    }

    @Test
    void runsComeEveryIntervalWithoutAnyEvent() throws Exception {
        DrfAllocator allocator = allocator(Duration.ofMillis(20));
        try {
            allocator.addFramework(frameworkId("f1"), Harness.multiRole("f1", "web"), Map.of(), true, Set.of());
            allocator.addAgent(agentId("a1"), AgentInfo.newBuilder().setHostname("a1").build(),
                    Resources.parse("cpus:1;mem:512"), Map.of());
            RecordingCallback.Offered offer = next("the first offer");
            // A decline without a filter wakes nothing: only the next periodic run offers it again.
            allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(), Optional.empty(),
                    false);
            assertEquals(offer.resources(), next("the declined offer again").resources());
            long before = runs(allocator);
            await("five more periodic runs", () -> runs(allocator), before + 5);
        } finally {
            allocator.deactivate();
        }
    }

    @Test
    void anEventTriggersARunLongBeforeTheIntervalAndABurstIsServedByFewRuns() throws Exception {
        DrfAllocator allocator = allocator(Duration.ofHours(1));
        try {
            allocator.addFramework(frameworkId("f1"), Harness.multiRole("f1", "web"), Map.of(), true, Set.of());
            for (int i = 0; i < 200; i++) {
                allocator.addAgent(agentId("a" + i), AgentInfo.newBuilder().setHostname("a" + i).build(),
                        Resources.parse("cpus:1;mem:512"), Map.of());
            }
            Set<String> offered = new HashSet<>();
            while (offered.size() < 200) {
                offered.add(next("a run soon after the events, with the interval an hour").agent());
            }
            long runs = runs(allocator);
            // 201 events asked for a run each; the ones that came while a run was pending rode along.
            assertTrue(runs >= 1 && runs <= 10, "runs for a burst of 201 events: " + runs);
            assertEquals(List.of(), callback.drain(), "every agent was offered once");
        } finally {
            allocator.deactivate();
        }
    }

    @Test
    void aReviveTriggersARunLongBeforeTheInterval() throws Exception {
        DrfAllocator allocator = allocator(Duration.ofHours(1));
        try {
            allocator.addFramework(frameworkId("f1"), Harness.multiRole("f1", "web"), Map.of(), true, Set.of());
            allocator.addAgent(agentId("a1"), AgentInfo.newBuilder().setHostname("a1").build(),
                    Resources.parse("cpus:1;mem:512"), Map.of());
            RecordingCallback.Offered offer = next("the first offer, from the run the new agent asked for");
            allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(),
                    Optional.of(Filters.newBuilder().setRefuseSeconds(3600).build()), false);
            allocator.allocateNow().get(Harness.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertEquals(List.of(), callback.drain(), "refused for an hour");

            long before = runs(allocator);
            allocator.reviveOffers(frameworkId("f1"), Set.of());
            // The next periodic run is an hour away: only the run the revive asks for can offer it now.
            assertEquals(offer.resources(), next("the revived framework's offer").resources());
            allocator.settled().get(Harness.WAIT.toMillis(), TimeUnit.MILLISECONDS); // the run's message is over
            assertEquals(before + 1, runs(allocator), "one run, the revive's");
        } finally {
            allocator.deactivate();
        }
    }

    @Test
    void aPausedAllocatorKeepsEveryEventAndRunsOnceAtResume() throws Exception {
        DrfAllocator allocator = allocator(Duration.ofHours(1));
        try {
            allocator.pause(); // as a swap seeds it: events go over in batches, nothing is offered
            allocator.addFramework(frameworkId("f1"), Harness.multiRole("f1", "web"), Map.of(), true, Set.of());
            for (int i = 0; i < 3000; i++) {
                allocator.addAgent(agentId("a" + i), AgentInfo.newBuilder().setHostname("a" + i).build(),
                        Resources.parse("cpus:1;mem:512"), Map.of());
            }
            allocator.allocateNow().toCompletableFuture().get(Harness.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertEquals(List.of(), callback.drain(), "paused: no offer");
            long before = runs(allocator);
            allocator.resume();
            Set<String> offered = new HashSet<>();
            while (offered.size() < 3000) {
                offered.add(next("every agent, held or not, offered after the resume").agent());
            }
            assertEquals(before + 1, runs(allocator), "one run at the resume, no wait for the interval");
        } finally {
            allocator.deactivate();
        }
    }
}
