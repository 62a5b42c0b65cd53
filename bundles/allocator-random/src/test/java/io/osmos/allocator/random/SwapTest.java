package io.osmos.allocator.random;

import static io.osmos.allocator.random.Harness.agentId;
import static io.osmos.allocator.random.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What an allocator swap relies on: seeding reproduces the books exactly, and initialize starts afresh. */
class SwapTest {
    private static final Map<String, String> TOTALS = new TreeMap<>(Map.of(
            "a1", "cpus:4;mem:1024", "a2", "cpus:8;mem:4096", "a3", "cpus:2;mem:512"));

    @Test
    void aSeededAllocatorOffersOnlyWhatTheOldOneLeftFree() throws Exception {
        try (Harness before = new Harness(1); Harness after = new Harness(2)) {
            before.addFramework("f1", "web");
            before.addFramework("f2", "batch");
            TOTALS.forEach(before::addAgent);
            List<RecordingCallback.Offered> outstanding = before.allocate();
            assertEquals(3, outstanding.size());
            before.allocator.pause();

            // The master seeds the new allocator from its own truth: frameworks first, then agents with usage.
            after.addFramework("f1", "web");
            after.addFramework("f2", "batch");
            TOTALS.forEach((agent, total) -> {
                Map<FrameworkID, Resources> used = new HashMap<>();
                outstanding.stream().filter(offer -> offer.agent().equals(agent))
                        .forEach(offer -> used.merge(offer.frameworkId(), offer.resources(), Resources::plus));
                after.addAgent(agent, total, used);
            });
            assertEquals(List.of(), after.allocate(), "everything is still held by the old offers");
            after.assertInvariants();

            RecordingCallback.Offered declined = outstanding.get(0);
            after.decline(declined, Optional.empty());
            List<RecordingCallback.Offered> offers = after.allocate();
            assertEquals(1, offers.size());
            assertEquals(declined.agentId(), offers.get(0).agentId());
            assertEquals(declined.resources().unallocated(), offers.get(0).resources().unallocated());
        }
    }

    @Test
    void initializeAgainDiscardsEverythingKnownBefore() throws Exception {
        try (Harness harness = new Harness(3)) {
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            assertEquals(1, harness.allocate().size());

            RecordingCallback second = new RecordingCallback();
            harness.allocator.initialize(Harness.options(Harness.NO_TIMER), second);
            harness.allocator.allocateNow().get(Harness.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertEquals(List.of(), second.drain(), "no agents or frameworks survive initialize");

            harness.allocator.addFramework(frameworkId("f9"), Harness.multiRole("f9", "web"), Map.of(), true, Set.of());
            harness.allocator.addAgent(agentId("a1"), AgentInfo.newBuilder().setHostname("a1").build(),
                    Resources.parse("cpus:4;mem:1024"), Map.of());
            RecordingCallback.Offered offered = second.next(Harness.WAIT);
            assertEquals("f9", offered.framework());
            assertEquals(Resources.parse("cpus:4;mem:1024").allocate("web"), offered.resources());
            assertEquals(List.of(), harness.callback.drain(), "the old callback hears nothing more");
        }
    }

}
