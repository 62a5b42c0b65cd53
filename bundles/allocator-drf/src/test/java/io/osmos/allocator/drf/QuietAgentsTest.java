package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Agents every framework declined are looked at again only for the frameworks that changed since.
 * Frameworks come and go meanwhile: one that changed and then left, or stopped wanting offers, must
 * neither break the run nor be offered anything.
 */
class QuietAgentsTest {

    /** f1 and f2 hold one agent each and decline the third for good, so the third goes quiet. */
    private static Harness quietCluster() throws Exception {
        Harness h = new Harness();
        h.addFramework("f1", "web");
        h.addFramework("f2", "web");
        h.addAgent("a1", "cpus:2;mem:1024");
        h.addAgent("a2", "cpus:2;mem:1024");
        List<RecordingCallback.Offered> kept = h.allocate();
        assertEquals(2, kept.size(), "each framework keeps one agent: " + kept);
        h.addAgent("a3", "cpus:2;mem:1024");
        for (int round = 0; round < 2; round++) {
            for (RecordingCallback.Offered offer : h.allocate()) {
                h.decline(offer, 1e9);
            }
        }
        assertEquals(List.of(), h.allocate(), "both frameworks refused a3");
        return h;
    }

    @Test
    void aFrameworkThatJoinedAndLeftBeforeTheRunIsPassedOver() throws Exception {
        try (Harness h = quietCluster()) {
            h.allocator.pause();
            h.addFramework("f3", "web");
            h.addFramework("f4", "web");
            h.addFramework("f5", "web");
            h.allocator.removeFramework(frameworkId("f3"));
            h.allocator.removeFramework(frameworkId("f5"));
            h.allocator.resume();

            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("f4", offer.framework());
            assertEquals("a3", offer.agent());
            h.assertInvariants();
        }
    }

    @Test
    void frameworksThatChangedAndThenStoppedWantingOffersAreOfferedNothing() throws Exception {
        try (Harness h = quietCluster()) {
            h.allocator.pause();
            h.addFramework("f3", "web");
            h.addFramework("f4", "web");
            h.addFramework("f5", "web");
            h.allocator.deactivateFramework(frameworkId("f3"));
            h.allocator.suppressOffers(frameworkId("f5"), Set.of());
            h.allocator.resume();

            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("f4", offer.framework());
            assertEquals("a3", offer.agent());
            assertEquals(List.of(), h.allocate());
        }
    }

    @Test
    void quotaChangesOfferNothingEveryoneRefusedButANewcomerIsServedWithinTheHeadroom() throws Exception {
        try (Harness h = quietCluster()) {
            h.allocator.updateQuota("elsewhere", Harness.quota("elsewhere", "cpus:2", ""));
            assertEquals(List.of(), h.allocate(), "a quota change makes nothing refused offerable");

            h.allocator.pause();
            h.addFramework("f3", "web");
            h.allocator.updateQuota("elsewhere", Harness.quota("elsewhere", "cpus:1", ""));
            h.allocator.resume();
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("f3", offer.framework());
            assertEquals("a3", offer.agent());
            // One of a3's two cpus stays free for the guarantee of "elsewhere".
            assertEquals(1.0, offer.resources().scalar("cpus"));
            assertEquals(1024.0, offer.resources().scalar("mem"));
            h.assertInvariants();
        }
    }

    @Test
    void aNewcomerInTheFilterSlotALeaverFreedIsOfferedWhatTheLeaverRefused() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:2;mem:1024");
            h.decline(h.allocateOne(), 1e9);
            assertEquals(List.of(), h.allocate(), "f1 refused a1 for good");

            h.allocator.removeFramework(frameworkId("f1"));
            h.addFramework("f2", "web");
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("f2", offer.framework());
            assertEquals("a1", offer.agent());
        }
    }

    @Test
    void frameworksComingAndGoingWhileOthersKeepTheirAgentsLeaveConsistentBooks() throws Exception {
        try (Harness h = quietCluster()) {
            // Three generations of newcomers that take nothing and leave, some before a run sees them.
            for (int generation = 0; generation < 3; generation++) {
                h.allocator.pause();
                for (int i = 0; i < 4; i++) {
                    h.addFramework("g" + generation + "-" + i, "web");
                }
                h.allocator.removeFramework(frameworkId("g" + generation + "-0"));
                h.allocator.deactivateFramework(frameworkId("g" + generation + "-1"));
                h.allocator.resume();
                List<RecordingCallback.Offered> offers = h.allocate();
                assertEquals(1, offers.size(), "a3 goes to one newcomer: " + offers);
                assertTrue(offers.get(0).framework().startsWith("g" + generation + "-"), offers.toString());
                for (int i = 0; i < 4; i++) {
                    h.allocator.removeFramework(frameworkId("g" + generation + "-" + i));
                }
                assertEquals(List.of(), h.allocate(), "a3 was declined by f1 and f2, who are all that is left");
                h.assertInvariants();
            }
        }
    }
}
