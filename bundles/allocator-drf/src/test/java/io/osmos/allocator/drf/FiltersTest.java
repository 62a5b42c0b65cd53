package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.agentId;
import static io.osmos.allocator.drf.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Filters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Refusal filters: how long they last and which offers they hold back. */
class FiltersTest {
    private static final String ACTIVE = "allocator/mesos/offer_filters/roles/web/active";

    @Test
    void aDeclineWithoutAValueFiltersForFiveSeconds() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:2;mem:1024");
            RecordingCallback.Offered offer = h.allocateOne();
            h.allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(),
                    Optional.of(Filters.getDefaultInstance()), false);
            h.clock.advance(Duration.ofMillis(4999));
            assertEquals(List.of(), h.allocate());
            assertEquals(1, h.metrics().get(ACTIVE).intValue());
            h.clock.advance(Duration.ofMillis(1));
            assertEquals(offer.resources(), h.allocateOne().resources());
            assertEquals(0, h.metrics().get(ACTIVE).intValue(), "the expired filter is gone");
        }
    }

    @Test
    void zeroSecondsInstallsNoFilter() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:2;mem:1024");
            h.decline(h.allocateOne(), 0);
            assertEquals("f1", h.allocateOne().framework(), "offered again at the very next run");
            assertEquals(0, h.metrics().get(ACTIVE).intValue());
        }
    }

    @Test
    void aFilterLastsAtLeastOneAllocationInterval() throws Exception {
        try (Harness h = new Harness(Harness.options().allocationInterval(Duration.ofSeconds(60)).build())) {
            h.addFramework("f1", "web");
            h.addFramework("f2", "web");
            h.addAgent("a1", "cpus:1;mem:512", Map.of(frameworkId("f1"),
                    Resources.parse("cpus:1;mem:512").allocate("web")));
            h.addAgent("a2", "cpus:1;mem:512");
            RecordingCallback.Offered toF2 = h.allocateOne();
            assertEquals("f2", toF2.framework(), "f2 holds nothing, f1 holds a1");
            h.decline(toF2, 1);
            h.clock.advance(Duration.ofSeconds(1));
            // The filter is still in force one second later, so f1 gets a2 despite its larger share.
            assertEquals("f1", h.allocateOne().framework());
        }
    }

    @Test
    void refusalsBeyondAYearAreCappedAtAYear() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:2;mem:1024");
            h.decline(h.allocateOne(), 1e12);
            h.clock.advance(Duration.ofDays(365).minusSeconds(1));
            assertEquals(List.of(), h.allocate());
            h.clock.advance(Duration.ofSeconds(1));
            assertEquals("f1", h.allocateOne().framework());
        }
    }

    @Test
    void aFilterHoldsBackOnlyWhatIsContainedInTheRefusal() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            // f2 wants nothing more (suppressed), so only f1 is ever offered.
            h.allocator.addFramework(frameworkId("f2"), Harness.multiRole("f2", "db"), Map.of(), true, Set.of("db"));
            Resources held = Resources.parse("cpus:1;mem:256").allocate("db");
            h.addAgent("a1", "cpus:2;mem:1024", Map.of(frameworkId("f2"), held));
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals(Resources.parse("cpus:1;mem:768").allocate("web"), offer.resources());
            h.decline(offer, 100);
            assertEquals(List.of(), h.allocate(), "the same resources stay filtered");

            // f2's task ends: more is free than f1 refused, so f1 sees an offer again at once.
            h.allocator.recoverResources(frameworkId("f2"), agentId("a1"), held, Optional.empty(), true);
            List<RecordingCallback.Offered> offers = h.allocate();
            assertEquals(1, offers.size());
            assertEquals("f1", offers.get(0).framework());
            assertEquals(Resources.parse("cpus:2;mem:1024").allocate("web"), offers.get(0).resources());
            h.assertInvariants();
        }
    }

    @Test
    void aRefusalOfPartOfAnOfferDoesNotHoldBackTheWholeAgentOnceItIsFreeAgain() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:2;mem:1024");
            RecordingCallback.Offered whole = h.allocateOne();
            Resources half = Resources.parse("cpus:1;mem:512").allocate("web");

            // f1 refuses half of what it was offered and keeps the other half for a while.
            h.allocator.recoverResources(frameworkId("f1"), agentId("a1"), half,
                    Optional.of(Filters.newBuilder().setRefuseSeconds(100).build()), false);
            assertEquals(List.of(), h.allocate(), "the refused half stays filtered");
            h.allocator.recoverResources(frameworkId("f1"), agentId("a1"), half, Optional.empty(), true);

            // The whole agent is free again, as when it was first offered: more than f1 refused.
            List<RecordingCallback.Offered> offers = h.allocate();
            assertEquals(1, offers.size(), "offered again though the filter still stands");
            assertEquals(whole.resources(), offers.get(0).resources());
            h.assertInvariants();
        }
    }

    @Test
    void aFilterIsPerRole() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web", "batch");
            h.addAgent("a1", "cpus:2;mem:1024");
            RecordingCallback.Offered first = h.allocateOne();
            h.decline(first, 100);
            RecordingCallback.Offered second = h.allocateOne();
            assertEquals("f1", second.framework());
            assertEquals(first.role().equals("web") ? "batch" : "web", second.role(),
                    "refused in one role, still offered in the other");
        }
    }

    @Test
    void aRescindInstallsNoFilter() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:2;mem:1024");
            h.recover(h.allocateOne());
            assertEquals("f1", h.allocateOne().framework());
        }
    }

    @Test
    void aDeactivatedFrameworkLosesItsFilters() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:2;mem:1024");
            h.decline(h.allocateOne(), 1000);
            h.allocator.deactivateFramework(frameworkId("f1"));
            assertEquals(0, h.metrics().get(ACTIVE).intValue());
            h.allocator.activateFramework(frameworkId("f1"));
            assertEquals("f1", h.allocateOne().framework());
        }
    }

    @Test
    void removingAnAgentRemovesItsFilters() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:2;mem:1024");
            h.decline(h.allocateOne(), 1000);
            assertEquals(1, h.metrics().get(ACTIVE).intValue());
            h.allocator.removeAgent(agentId("a1"));
            assertEquals(0, h.metrics().get(ACTIVE).intValue());
            h.addAgent("a1", "cpus:2;mem:1024");
            assertEquals("f1", h.allocateOne().framework(), "the agent came back without old refusals");
        }
    }

    @Test
    void onAClusterWhereEverythingWasDeclinedARevivedFrameworkIsServedAtOnce() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addFramework("f2", "web");
            for (int i = 0; i < 4; i++) {
                h.addAgent("a" + i, "cpus:2;mem:1024");
            }
            for (int round = 0; round < 2; round++) {
                for (RecordingCallback.Offered offer : h.allocate()) {
                    h.decline(offer, 1e9);
                }
            }
            assertEquals(List.of(), h.allocate(), "both frameworks refused all four agents");

            h.allocator.reviveOffers(frameworkId("f2"), Set.of());
            List<RecordingCallback.Offered> offers = h.allocate();
            assertEquals(4, offers.size());
            offers.forEach(offer -> assertEquals("f2", offer.framework()));
            assertEquals(List.of(), h.allocate());
        }
    }
}
