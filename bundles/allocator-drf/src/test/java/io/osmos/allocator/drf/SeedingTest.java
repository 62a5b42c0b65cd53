package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.agentId;
import static io.osmos.allocator.drf.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeding with used resources, which is how a swap hands the master's state to a new allocator:
 * after it, exactly total - used is offered, and what frameworks hold counts in their shares.
 */
class SeedingTest {
    private static final Resources TOTAL = Resources.parse("cpus:8;mem:4096;ports:[31000-32000]");
    private static final Resources USED = Resources.parse("cpus:3;mem:1024;ports:[31000-31009]").allocate("web");

    @Test
    void agentsFirstThenFrameworksCountsUsageOnce() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.addAgent(agentId("a1"), info("a1"), TOTAL, Map.of(frameworkId("f1"), USED));
            h.allocator.addFramework(frameworkId("f1"), Harness.multiRole("f1", "web"),
                    Map.of(agentId("a1"), USED), true, Set.of());
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals(TOTAL.minus(USED.unallocated()).allocate("web"), offer.resources());
            h.assertInvariants();
        }
    }

    @Test
    void frameworksFirstThenAgentsCountsUsageOnce() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.addFramework(frameworkId("f1"), Harness.multiRole("f1", "web"),
                    Map.of(agentId("a1"), USED), true, Set.of());
            h.allocator.addAgent(agentId("a1"), info("a1"), TOTAL, Map.of(frameworkId("f1"), USED));
            assertEquals(TOTAL.minus(USED.unallocated()).allocate("web"), h.allocateOne().resources());
            h.assertInvariants();
        }
    }

    @Test
    void seededUsageCountsInTheDominantShare() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.addAgent(agentId("a1"), info("a1"), Resources.parse("cpus:4;mem:4096"),
                    Map.of(frameworkId("busy"), Resources.parse("cpus:4;mem:4096").allocate("web")));
            h.addFramework("busy", "web");
            h.addFramework("idle", "web");
            h.addAgent("a2", "cpus:1;mem:512");
            assertEquals("idle", h.allocateOne().framework(), "busy already holds all of a1");
        }
    }

    @Test
    void givingBackSeededResourcesMakesThemOfferable() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.allocator.addAgent(agentId("a1"), info("a1"), TOTAL, Map.of(frameworkId("f1"), USED));
            h.allocate();
            h.allocator.recoverResources(frameworkId("f1"), agentId("a1"), USED, Optional.empty(), true);
            assertEquals(USED, h.allocateOne().resources(), "a finished task's resources are offered again");
            h.assertInvariants();
        }
    }

    @Test
    void seedsBeyondTheTotalAreLeftOut() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            Resources tooMuch = Resources.parse("cpus:16;mem:1024").allocate("web");
            h.allocator.addAgent(agentId("a1"), info("a1"), Resources.parse("cpus:8;mem:4096"),
                    Map.of(frameworkId("f1"), tooMuch));
            assertEquals(Resources.parse("cpus:8;mem:3072").allocate("web"), h.allocateOne().resources(),
                    "the mem fits and is counted; 16 cpus cannot be on an 8-cpu agent");
            h.assertInvariants();
        }
    }

    @Test
    void aSwapHandsOverOffersTasksQuotaAndSuppression() throws Exception {
        try (Harness h = new Harness()) {
            // The master's truth: f1 holds tasks and an outstanding offer on a1; f2 is suppressed.
            Resources held = Resources.parse("cpus:6;mem:3072").allocate("web");
            h.allocator.updateQuota("web", Harness.quota("web", "cpus:6", "cpus:6;mem:3072"));
            h.allocator.addFramework(frameworkId("f1"), Harness.multiRole("f1", "web"),
                    Map.of(agentId("a1"), held), true, Set.of());
            h.allocator.addFramework(frameworkId("f2"), Harness.multiRole("f2", "batch"), Map.of(), true,
                    Set.of("batch"));
            h.allocator.addAgent(agentId("a1"), info("a1"), Resources.parse("cpus:8;mem:4096"),
                    Map.of(frameworkId("f1"), held));
            assertEquals(List.of(), h.allocate(), "web is at its limit and batch is suppressed");
            h.allocator.reviveOffers(frameworkId("f2"), Set.of());
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("f2", offer.framework());
            assertEquals(Resources.parse("cpus:2;mem:1024").allocate("batch"), offer.resources());
            h.assertInvariants();
        }
    }

    private static AgentInfo info(String id) {
        return AgentInfo.newBuilder().setHostname(id).build();
    }
}
