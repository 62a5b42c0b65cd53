package io.osmos.allocator.random;

import static io.osmos.allocator.random.Harness.refuse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Filters;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Declines with refuse_seconds, suppression and revival, as a scheduler sees them. */
class FiltersTest {

    @Test
    void aRefusedAgentIsNotOfferedBackWhileFilteredButGoesToAnotherFramework() throws Exception {
        try (Harness harness = new Harness(1)) {
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            RecordingCallback.Offered offer = harness.allocate().get(0);

            harness.decline(offer, Optional.of(refuse(3600)));
            assertEquals(List.of(), harness.allocate(), "refused for an hour");
            assertEquals(1, harness.allocator.metrics().get("allocator/mesos/offer_filters/roles/web/active"));

            harness.addFramework("f2", "web");
            List<RecordingCallback.Offered> offers = harness.allocate();
            assertEquals(1, offers.size());
            assertEquals("f2", offers.get(0).framework(), "the refusal binds only the framework that made it");
            assertEquals(offer.resources(), offers.get(0).resources());
        }
    }

    @Test
    void aRefusalExpires() throws Exception {
        try (Harness harness = new Harness(2)) {
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            RecordingCallback.Offered offer = harness.allocate().get(0);

            harness.decline(offer, Optional.of(refuse(3600)));
            assertEquals(List.of(), harness.allocate());
            harness.clock.advance(Duration.ofMinutes(59));
            assertEquals(List.of(), harness.allocate(), "still within the hour");
            harness.clock.advance(Duration.ofMinutes(1));
            assertEquals(List.of(offer), harness.allocate(), "offered again once the hour is over");
            assertEquals(null, harness.allocator.metrics().get("allocator/mesos/offer_filters/roles/web/active"));
        }
    }

    @Test
    void refuseZeroOffersRightBack() throws Exception {
        try (Harness harness = new Harness(3)) {
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            RecordingCallback.Offered offer = harness.allocate().get(0);

            harness.decline(offer, Optional.of(refuse(0)));
            assertEquals(List.of(offer), harness.allocate());
        }
    }

    @Test
    void aDeclineWithoutRefuseSecondsFiltersForTheMesosDefaultOfFiveSeconds() throws Exception {
        // A short interval so the periodic run, not a test trigger, brings the offer back.
        try (Harness harness = new Harness(4, Harness.options(Duration.ofMillis(50)))) {
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            RecordingCallback.Offered offer = harness.callback.next(Harness.WAIT);

            harness.decline(offer, Optional.of(Filters.getDefaultInstance()));
            assertEquals(List.of(), harness.allocate(), "the filter is installed when the decline is handled");
            harness.clock.advance(Duration.ofMillis(4999));
            assertEquals(List.of(), harness.allocate());
            harness.clock.advance(Duration.ofMillis(1));
            assertEquals(offer, harness.callback.next(Harness.WAIT));
        }
    }

    @Test
    void resourcesBeyondWhatWasRefusedAreOffered() throws Exception {
        try (Harness harness = new Harness(5)) {
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            RecordingCallback.Offered offer = harness.allocate().get(0);
            harness.decline(offer, Optional.of(refuse(3600)));
            assertEquals(List.of(), harness.allocate());

            // The agent grows: the offer is no longer contained in what was refused.
            harness.allocator.updateAgent(offer.agentId(), AgentInfo.newBuilder().setHostname("a1").build(),
                    Resources.parse("cpus:8;mem:1024"));
            List<RecordingCallback.Offered> offers = harness.allocate();
            assertEquals(1, offers.size());
            assertEquals(8.0, offers.get(0).resources().cpus());
        }
    }

    @Test
    void suppressedFrameworksGetNothingUntilTheyRevive() throws Exception {
        try (Harness harness = new Harness(6)) {
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            RecordingCallback.Offered offer = harness.allocate().get(0);

            harness.allocator.suppressOffers(offer.frameworkId(), Set.of());
            harness.decline(offer, Optional.empty());
            assertEquals(List.of(), harness.allocate(), "suppressed");

            harness.allocator.reviveOffers(offer.frameworkId(), Set.of());
            assertEquals(List.of(offer), harness.allocate(), "revived");
        }
    }

    @Test
    void suppressingOneRoleLeavesTheOthers() throws Exception {
        try (Harness harness = new Harness(7)) {
            harness.addFramework("f1", "web", "batch");
            harness.allocator.suppressOffers(Harness.frameworkId("f1"), Set.of("web"));
            harness.addAgent("a1", "cpus:4;mem:1024");
            List<RecordingCallback.Offered> offers = harness.allocate();
            assertEquals(1, offers.size());
            assertEquals("batch", offers.get(0).role());
        }
    }

    @Test
    void reviveClearsRefusals() throws Exception {
        try (Harness harness = new Harness(8)) {
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            RecordingCallback.Offered offer = harness.allocate().get(0);
            harness.decline(offer, Optional.of(refuse(3600)));
            assertEquals(List.of(), harness.allocate());

            harness.allocator.reviveOffers(offer.frameworkId(), Set.of("web"));
            assertEquals(List.of(offer), harness.allocate());
        }
    }

    @Test
    void inactiveFrameworksAndAgentsAreNotOffered() throws Exception {
        try (Harness harness = new Harness(9)) {
            harness.addFramework("f1", "web");
            harness.allocator.deactivateFramework(Harness.frameworkId("f1"));
            harness.addAgent("a1", "cpus:4;mem:1024");
            harness.allocator.deactivateAgent(Harness.agentId("a1"));
            assertEquals(List.of(), harness.allocate());

            harness.allocator.activateFramework(Harness.frameworkId("f1"));
            assertEquals(List.of(), harness.allocate(), "the agent is still disconnected");
            harness.allocator.activateAgent(Harness.agentId("a1"));
            assertEquals(1, harness.allocate().size());
        }
    }

    @Test
    void aPausedAllocatorOffersNothingUntilResumed() throws Exception {
        try (Harness harness = new Harness(10)) {
            harness.allocator.pause();
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            assertEquals(List.of(), harness.allocate());

            harness.allocator.resume();
            assertEquals(4.0, harness.callback.next(Harness.WAIT).resources().cpus());
        }
    }
}
