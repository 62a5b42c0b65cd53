package io.osmos.allocator.drf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability;
import io.osmos.protocol.v1.Protos.WeightInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DRF between roles and within a role: who gets each new agent, and why (the shares in comments). */
class FairnessTest {

    private static void assertOffer(RecordingCallback.Offered offer, String framework, String role, String agent,
            String resources) {
        assertEquals(framework, offer.framework(), "framework of " + offer);
        assertEquals(role, offer.role(), "role of " + offer);
        assertEquals(agent, offer.agent(), "agent of " + offer);
        assertEquals(Resources.parse(resources).allocate(role), offer.resources(), "resources of " + offer);
    }

    @Test
    void theRoleWithTheSmallestDominantShareGetsEachNewAgent() throws Exception {
        try (Harness h = new Harness()) {
            h.addAgent("a1", "cpus:2;mem:1024");
            h.addFramework("f1", "role1");
            assertOffer(h.allocateOne(), "f1", "role1", "a1", "cpus:2;mem:1024");

            // role1 holds everything (share 1); role2 holds nothing (share 0).
            h.addFramework("f2", "role2");
            h.addAgent("a2", "cpus:1;mem:512");
            assertOffer(h.allocateOne(), "f2", "role2", "a2", "cpus:1;mem:512");

            // Total cpus:6;mem:3584 -> role1 0.33 (cpus 2/6), role2 0.17 (cpus 1/6).
            h.addAgent("a3", "cpus:3;mem:2048");
            assertOffer(h.allocateOne(), "f2", "role2", "a3", "cpus:3;mem:2048");

            // Total cpus:10;mem:7680 -> role1 0.2, role2 0.4; within role1, f3 (0) before f1 (0.2).
            h.addFramework("f3", "role1");
            h.addAgent("a4", "cpus:4;mem:4096");
            assertOffer(h.allocateOne(), "f3", "role1", "a4", "cpus:4;mem:4096");

            // Total cpus:11;mem:8192 -> role1 0.63 (mem 5120/8192), role2 0.36: role2 goes first even though
            // f4 of role1 holds nothing.
            h.addFramework("f4", "role1");
            h.addAgent("a5", "cpus:1;mem:512");
            assertOffer(h.allocateOne(), "f2", "role2", "a5", "cpus:1;mem:512");
            h.assertInvariants();
        }
    }

    @Test
    void reservationsCountTowardsTheShareOfTheirRole() throws Exception {
        try (Harness h = new Harness()) {
            h.addAgent("a1", "cpus:1;mem:512;cpus(role1):100;mem(role1):1024");
            h.addFramework("f1", "role1");
            assertOffer(h.allocateOne(), "f1", "role1", "a1", "cpus:1;mem:512;cpus(role1):100;mem(role1):1024");

            h.addFramework("f2", "role2");
            h.addAgent("a2", "cpus:2;mem:512");
            assertOffer(h.allocateOne(), "f2", "role2", "a2", "cpus:2;mem:512");

            // role1 holds 101 of 105 cpus; role2 holds 2: role2 again.
            h.addAgent("a3", "cpus:2;mem:512");
            assertOffer(h.allocateOne(), "f2", "role2", "a3", "cpus:2;mem:512");

            // Reservations of role1 go to role1's frameworks, fairly: f3 holds nothing yet.
            h.addFramework("f3", "role1");
            h.addAgent("a4", "cpus(role1):2;mem(role1):1024");
            assertOffer(h.allocateOne(), "f3", "role1", "a4", "cpus(role1):2;mem(role1):1024");
        }
    }

    @Test
    void excludedResourcesDoNotCountInTheShare() throws Exception {
        try (Harness h = new Harness(Harness.options().fairSharingExcludedResourceNames(Set.of("gpus")).build())) {
            h.addAgent("a1", "cpus:2;mem:1024;gpus:4");
            h.addFramework("f1", Harness.withCapabilities(Harness.multiRole("f1", "role1"),
                    Capability.Type.GPU_RESOURCES));
            assertOffer(h.allocateOne(), "f1", "role1", "a1", "cpus:2;mem:1024;gpus:4");

            h.addFramework("f2", "role2");
            h.addAgent("a2", "cpus:6;mem:6144");
            assertOffer(h.allocateOne(), "f2", "role2", "a2", "cpus:6;mem:6144");

            // Counting gpus, role1's share would be 1 (4 of 4 gpus) and role2 0.75 would go first.
            // Without gpus: role1 0.25 (cpus 2/8), role2 0.86 (mem 6144/7168): role1 goes first.
            h.addAgent("a3", "cpus:1;mem:128");
            assertOffer(h.allocateOne(), "f1", "role1", "a3", "cpus:1;mem:128");
        }
    }

    @Test
    void aParentRoleCountsEverythingBelowIt() throws Exception {
        try (Harness h = new Harness()) {
            h.addAgent("a1", "cpus:2;mem:1024");
            h.addFramework("f1", "a/b");
            assertOffer(h.allocateOne(), "f1", "a/b", "a1", "cpus:2;mem:1024");

            // Subtree "a" holds everything, "d" nothing: d/e goes before a/c.
            h.addFramework("f2", "a/c");
            h.addFramework("f3", "d/e");
            h.addAgent("a2", "cpus:1;mem:512");
            assertOffer(h.allocateOne(), "f3", "d/e", "a2", "cpus:1;mem:512");

            // Total cpus:5: "a" holds 0.4 (cpus 2/5), "d" 0.2: d/f gets it although a/c holds nothing.
            h.addFramework("f4", "d/f");
            h.addAgent("a3", "cpus:2;mem:1024");
            assertOffer(h.allocateOne(), "f4", "d/f", "a3", "cpus:2;mem:1024");

            // Now "a" 0.33 (2/6... cpus 2 of 6 is less than d's 3 of 6): a/c, with nothing, is first in "a".
            h.addAgent("a4", "cpus:1;mem:512");
            assertOffer(h.allocateOne(), "f2", "a/c", "a4", "cpus:1;mem:512");
            h.assertInvariants();
        }
    }

    @Test
    void aRoleWithTwiceTheWeightGetsTwiceTheResources() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.updateWeights(List.of(
                    WeightInfo.newBuilder().setRole("heavy").setWeight(2.0).build()));
            h.addFramework("fh", "heavy");
            h.addFramework("fl", "light");
            int heavy = 0;
            for (int i = 0; i < 9; i++) {
                h.addAgent("a" + i, "cpus:1;mem:1024");
                RecordingCallback.Offered offer = h.allocateOne();
                heavy += offer.framework().equals("fh") ? 1 : 0;
            }
            // Shares divided by weight stay level when heavy holds 6 agents and light 3.
            assertEquals(6, heavy);
        }
    }

    @Test
    void frameworksWithEqualSharesTakeTurns() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "role");
            h.addFramework("f2", "role");
            h.addAgent("a1", "cpus:1;mem:512");
            // Equal shares (0) and no allocations yet: the name decides.
            assertOffer(h.allocateOne(), "f1", "role", "a1", "cpus:1;mem:512");
            h.addAgent("a2", "cpus:1;mem:512");
            assertOffer(h.allocateOne(), "f2", "role", "a2", "cpus:1;mem:512");
            // Equal shares again (0.5 each) and one allocation each: the name decides again.
            h.addAgent("a3", "cpus:2;mem:1024");
            assertOffer(h.allocateOne(), "f1", "role", "a3", "cpus:2;mem:1024");
        }
    }

    @Test
    void weightsMustBePositive() {
        try (Harness h = new Harness()) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> h.allocator.updateWeights(List.of(WeightInfo.newBuilder()
                            .setRole("web").setWeight(0).build())));
            assertEquals("The weight of role 'web' must be a positive number, not 0.0", refused.getMessage());
        }
    }
}
