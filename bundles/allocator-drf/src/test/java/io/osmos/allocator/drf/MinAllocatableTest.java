package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.agentId;
import static io.osmos.allocator.drf.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.OfferFilters;
import io.osmos.protocol.v1.Protos.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Crumbs are not offered: the master's minimum, or a framework's own per role. */
class MinAllocatableTest {

    private static FrameworkInfo withMinimum(String name, String role, Map<String, Double> minimum) {
        OfferFilters.ResourceQuantities.Builder quantities = OfferFilters.ResourceQuantities.newBuilder();
        minimum.forEach((resource, amount) ->
                quantities.putQuantities(resource, Value.Scalar.newBuilder().setValue(amount).build()));
        OfferFilters.MinAllocatableResources.Builder alternatives = OfferFilters.MinAllocatableResources.newBuilder();
        if (!minimum.isEmpty()) {
            alternatives.addQuantities(quantities);
        }
        return Harness.multiRole(name, role).toBuilder()
                .putOfferFilters(role, OfferFilters.newBuilder().setMinAllocatableResources(alternatives).build())
                .build();
    }

    @Test
    void resourcesBelowTheMasterMinimumAreNotOffered() throws Exception {
        try (Harness h = new Harness()) {
            Resources held = Resources.parse("cpus:1;mem:40").allocate("web");
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:1;mem:64", Map.of(frameworkId("f1"), held));
            assertEquals(List.of(), h.allocate(), "mem:24 reaches neither cpus:0.01 nor mem:32");

            h.allocator.recoverResources(frameworkId("f1"), agentId("a1"),
                    Resources.parse("mem:10").allocate("web"), Optional.empty(), true);
            assertEquals(Resources.parse("mem:34").allocate("web"), h.allocateOne().resources());
        }
    }

    @Test
    void aFrameworksOwnMinimumReplacesTheMasters() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.addFramework(frameworkId("big"), withMinimum("big", "web", Map.of("cpus", 4.0)), Map.of(),
                    true, Set.of());
            h.addAgent("a1", "cpus:2;mem:1024");
            assertEquals(List.of(), h.allocate(), "big wants at least 4 cpus per offer");
            h.addAgent("a2", "cpus:4;mem:1024");
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("a2", offer.agent());
        }
    }

    @Test
    void anEmptyOwnMinimumAllowsAnything() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.addFramework(frameworkId("any"), withMinimum("any", "web", Map.of()), Map.of(), true,
                    Set.of());
            h.addAgent("a1", "mem:8");
            assertEquals(Resources.parse("mem:8").allocate("web"), h.allocateOne().resources());
        }
    }

    @Test
    void withoutAMinimumAnythingNotEmptyIsOffered() throws Exception {
        try (Harness h = new Harness(Harness.options().minAllocatableResources(List.of()).build())) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "disk:1");
            assertEquals(Resources.parse("disk:1").allocate("web"), h.allocateOne().resources());
        }
    }

    @Test
    void portsCountTheirMembers() throws Exception {
        try (Harness h = new Harness(Harness.options()
                .minAllocatableResources(List.of(Resources.parse("ports:[1-3]"))).build())) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:8;ports:[100-101]");
            assertEquals(List.of(), h.allocate(), "two ports are fewer than the three asked for");
            h.addAgent("a2", "cpus:8;ports:[100-102]");
            assertEquals("a2", h.allocateOne().agent());
        }
    }
}
