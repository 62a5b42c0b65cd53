package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SUPPRESS and REVIVE per role, and frameworks going away and coming back. */
class SuppressReviveTest {

    @Test
    void aSuppressedFrameworkIsOfferedNothingUntilItRevives() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.allocator.suppressOffers(frameworkId("f1"), Set.of());
            h.addAgent("a1", "cpus:2;mem:1024");
            assertEquals(List.of(), h.allocate());
            h.allocator.reviveOffers(frameworkId("f1"), Set.of());
            assertEquals("f1", h.allocateOne().framework());
        }
    }

    @Test
    void suppressingOneRoleLeavesTheOthersOffered() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web", "batch");
            h.allocator.suppressOffers(frameworkId("f1"), Set.of("web"));
            h.addAgent("a1", "cpus:2;mem:1024");
            assertEquals("batch", h.allocateOne().role());
        }
    }

    @Test
    void reviveClearsTheRolesFilters() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:2;mem:1024");
            h.decline(h.allocateOne(), 3600);
            assertEquals(List.of(), h.allocate());
            h.allocator.reviveOffers(frameworkId("f1"), Set.of("web"));
            assertEquals("f1", h.allocateOne().framework());
        }
    }

    @Test
    void rolesSuppressedAtSubscriptionStaySilent() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.addFramework(frameworkId("f1"), Harness.multiRole("f1", "web", "batch"), Map.of(), true,
                    Set.of("web"));
            h.addAgent("a1", "cpus:2;mem:1024");
            assertEquals("batch", h.allocateOne().role());
        }
    }

    @Test
    void anUpdateSetsSuppressionAndRolesAnew() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.allocator.suppressOffers(frameworkId("f1"), Set.of());
            h.addAgent("a1", "cpus:2;mem:1024");
            assertEquals(List.of(), h.allocate());

            // Re-subscribing in a new role, nothing suppressed: offers flow in the new role only.
            h.allocator.updateFramework(frameworkId("f1"), Harness.multiRole("f1", "batch"), Set.of());
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("batch", offer.role());
            h.assertInvariants();
        }
    }

    @Test
    void aDeactivatedFrameworkIsOfferedNothingUntilActivated() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.allocator.deactivateFramework(frameworkId("f1"));
            h.addAgent("a1", "cpus:2;mem:1024");
            assertEquals(List.of(), h.allocate());
            h.allocator.activateFramework(frameworkId("f1"));
            assertEquals("f1", h.allocateOne().framework());
        }
    }

    @Test
    void aSuppressedFrameworkStaysSuppressedAcrossReconnection() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.allocator.suppressOffers(frameworkId("f1"), Set.of());
            h.allocator.deactivateFramework(frameworkId("f1"));
            h.allocator.activateFramework(frameworkId("f1"));
            h.addAgent("a1", "cpus:2;mem:1024");
            assertEquals(List.of(), h.allocate(), "suppression survives a disconnection, as in Mesos");
        }
    }

    @Test
    void aRemovedFrameworksResourcesGoToOthers() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:2;mem:1024");
            assertEquals("f1", h.allocateOne().framework());
            h.addFramework("f2", "web");
            h.allocator.removeFramework(frameworkId("f1"));
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("f2", offer.framework());
            h.assertInvariants();
        }
    }
}
