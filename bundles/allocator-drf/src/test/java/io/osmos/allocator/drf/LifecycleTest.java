package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.agentId;
import static io.osmos.allocator.drf.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Attribute;
import io.osmos.protocol.v1.Protos.Value;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Agents coming and going, pause and resume, and recovery after a master failover. */
class LifecycleTest {

    @Test
    void aPausedAllocatorOffersNothingUntilResumed() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.pause();
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:1;mem:512");
            assertEquals(List.of(), h.allocate());
            h.allocator.resume();
            assertEquals("f1", h.allocateOne().framework());
        }
    }

    @Test
    void aDeactivatedAgentIsNotOfferedUntilActivated() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            // Paused, so the run the new agent triggers cannot slip in before the deactivation.
            h.allocator.pause();
            h.addAgent("a1", "cpus:1;mem:512");
            h.allocator.deactivateAgent(agentId("a1"));
            h.allocator.resume();
            assertEquals(List.of(), h.allocate());
            h.allocator.activateAgent(agentId("a1"));
            assertEquals("a1", h.allocateOne().agent());
        }
    }

    @Test
    void removingAnAgentReleasesWhatFrameworksHeldThere() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addFramework("f2", "web");
            h.addAgent("a1", "cpus:4;mem:4096");
            assertEquals("f1", h.allocateOne().framework());
            h.allocator.removeAgent(agentId("a1"));
            h.addAgent("a2", "cpus:1;mem:512");
            // f1's share went back to 0 with a1 gone, so the tie between f1 and f2 is broken by count.
            assertEquals("f2", h.allocateOne().framework());
            h.assertInvariants();
            assertEquals(1.0, h.metrics().get("allocator/mesos/resources/cpus/total").doubleValue());
        }
    }

    @Test
    void anAgentThatGrowsOffersTheDifference() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:1;mem:512");
            h.allocateOne();
            h.allocator.updateAgent(agentId("a1"), AgentInfo.newBuilder().setHostname("a1").build(),
                    Resources.parse("cpus:4;mem:512"));
            assertEquals(Resources.parse("cpus:3").allocate("web"), h.allocateOne().resources());
            h.assertInvariants();
        }
    }

    @Test
    void newAttributesClearTheAgentsFilters() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:1;mem:512");
            h.decline(h.allocateOne(), 3600);
            assertEquals(List.of(), h.allocate());
            AgentInfo relabelled = AgentInfo.newBuilder().setHostname("a1.example").addAttributes(
                    Attribute.newBuilder().setName("rack").setType(Value.Type.TEXT)
                            .setText(Value.Text.newBuilder().setValue("r2"))).build();
            h.allocator.updateAgent(agentId("a1"), relabelled, Resources.parse("cpus:1;mem:512"));
            assertEquals("f1", h.allocateOne().framework(), "f1 may want the agent now it has a rack");
        }
    }

    @Test
    void afterAFailoverWithQuotaAllocationWaitsForEnoughAgents() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.recover(5, Map.of("web", Harness.quota("web", "cpus:1", "")));
            h.addFramework("f1", "web");
            for (int i = 0; i < 3; i++) {
                h.addAgent("a" + i, "cpus:1;mem:512");
            }
            assertEquals(List.of(), h.allocate(), "3 of the 4 agents awaited (80% of 5)");
            h.addAgent("a3", "cpus:1;mem:512");
            assertEquals(4, h.allocate().size());
        }
    }

    @Test
    void afterAFailoverTheRecoveryTimeoutEndsTheWait() throws Exception {
        try (Harness h = new Harness(Harness.options().recoveryTimeout(Duration.ofMillis(50)).build())) {
            h.allocator.recover(100, Map.of("web", Harness.quota("web", "cpus:1", "")));
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:1;mem:512");
            assertEquals(List.of(), h.allocate());
            // The timer runs on real time; the offer it releases is awaited, not slept for.
            RecordingCallback.Offered offer = h.callback.await(Harness.WAIT);
            assertNotNull(offer, "the recovery timeout should have released allocation");
            assertEquals("a1", offer.agent());
        }
    }

    @Test
    void aFailoverWithoutQuotaDoesNotWait() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.recover(100, Map.of());
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:1;mem:512");
            assertEquals("f1", h.allocateOne().framework());
        }
    }

    @Test
    void eventsAboutUnknownFrameworksAndAgentsAreIgnored() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.removeFramework(frameworkId("ghost"));
            h.allocator.removeAgent(agentId("ghost"));
            h.allocator.activateAgent(agentId("ghost"));
            h.allocator.suppressOffers(frameworkId("ghost"), Set.of());
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:1;mem:512");
            assertEquals("f1", h.allocateOne().framework());
            Throwable failure = h.allocator.updateAvailable(agentId("ghost"), List.of()).toCompletableFuture()
                    .handle((ok, error) -> error).get(Harness.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertTrue(failure.getMessage().contains("Unknown agent ghost"), failure.getMessage());
        }
    }
}
