package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability.Type;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a framework's capabilities let it be offered (revocable resources, GPUs, several roles), and an
 * agent's (MULTI_ROLE, HIERARCHICAL_ROLE).
 */
class CapabilitiesTest {

    private static Resources revocableCpus(double amount) {
        Resource cpus = Resources.parse("cpus:" + amount).toProtos().get(0).toBuilder()
                .setRevocable(Resource.RevocableInfo.getDefaultInstance()).build();
        return Resources.of(cpus);
    }

    @Test
    void revocableResourcesGoOnlyToFrameworksThatAcceptThem() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("plain", "web");
            Resources total = Resources.parse("cpus:2;mem:1024").plus(revocableCpus(4));
            h.allocator.addAgent(Harness.agentId("a1"),
                    AgentInfo.newBuilder().setHostname("a1").build(), total, Map.of());
            RecordingCallback.Offered plain = h.allocateOne();
            assertEquals(Resources.parse("cpus:2;mem:1024").allocate("web"), plain.resources());

            h.addFramework("eager", Harness.withCapabilities(Harness.multiRole("eager", "batch"),
                    Type.REVOCABLE_RESOURCES));
            RecordingCallback.Offered eager = h.allocateOne();
            assertEquals("eager", eager.framework());
            assertEquals(revocableCpus(4).allocate("batch"), eager.resources());
            h.assertInvariants();
        }
    }

    @Test
    void agentsWithGpusAreKeptForFrameworksThatUseGpus() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("plain", "web");
            h.addAgent("gpu", "cpus:4;mem:1024;gpus:1");
            assertEquals(List.of(), h.allocate());
            h.addFramework("ml", Harness.withCapabilities(Harness.multiRole("ml", "ml"), Type.GPU_RESOURCES));
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("ml", offer.framework());
            assertEquals(Resources.parse("cpus:4;mem:1024;gpus:1").allocate("ml"), offer.resources());
        }
    }

    @Test
    void withoutGpuFilteringAnyoneGetsGpuAgents() throws Exception {
        try (Harness h = new Harness(Harness.options().filterGpuResources(false).build())) {
            h.addFramework("plain", "web");
            h.addAgent("gpu", "cpus:4;mem:1024;gpus:1");
            assertEquals(Resources.parse("cpus:4;mem:1024;gpus:1").allocate("web"), h.allocateOne().resources());
        }
    }

    @Test
    void aFrameworkWithoutMultiRoleIsInItsSingleRole() throws Exception {
        try (Harness h = new Harness()) {
            FrameworkInfo old = FrameworkInfo.newBuilder().setUser("u").setName("old").setRole("legacy")
                    .addRoles("ignored-without-multi-role").build();
            h.allocator.addFramework(frameworkId("old"), old, Map.of(), true, Set.of());
            h.addAgent("a1", "cpus:1;mem:512");
            assertEquals("legacy", h.allocateOne().role());

            FrameworkInfo older = FrameworkInfo.newBuilder().setUser("u").setName("older").build();
            h.allocator.addFramework(frameworkId("older"), older, Map.of(), true, Set.of());
            h.addAgent("a2", "cpus:1;mem:512");
            assertEquals("*", h.allocateOne().role(), "the role field defaults to *");
        }
    }

    @Test
    void refinedReservationsAreHiddenFromFrameworksThatCannotReadThem() throws Exception {
        try (Harness h = new Harness()) {
            Resources refined = Resources.parse("cpus(eng):2;mem(eng):512").pushReservation(
                    Resource.ReservationInfo.newBuilder().setType(Resource.ReservationInfo.Type.DYNAMIC)
                            .setRole("eng/web").setPrincipal("ops").build());
            Resources total = Resources.parse("cpus:1;mem:256").plus(refined);
            h.addFramework("old", "eng/web");
            h.allocator.addAgent(Harness.agentId("a1"),
                    AgentInfo.newBuilder().setHostname("a1").build(), total, Map.of());
            assertEquals(Resources.parse("cpus:1;mem:256").allocate("eng/web"), h.allocateOne().resources());

            h.addFramework("new", Harness.withCapabilities(Harness.multiRole("new", "eng/web"),
                    Type.RESERVATION_REFINEMENT));
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("new", offer.framework());
            assertEquals(refined.allocate("eng/web"), offer.resources());
        }
    }

    private static void addAgent(Harness h, String id, AgentInfo.Capability.Type... capabilities) {
        List<AgentInfo.Capability> list = Arrays.stream(capabilities)
                .map(type -> AgentInfo.Capability.newBuilder().setType(type).build()).toList();
        h.allocator.addAgent(Harness.agentId(id), AgentInfo.newBuilder().setHostname(id).build(), list,
                Resources.parse("cpus:1;mem:512"), Map.of());
    }

    @Test
    void anAgentWithoutMultiRoleIsOfferedOnlyToFrameworksWithoutIt() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("modern", Harness.multiRole("modern", "web"));
            addAgent(h, "old", AgentInfo.Capability.Type.HIERARCHICAL_ROLE);
            assertEquals(List.of(), h.allocate(), "a MULTI_ROLE framework is not offered the old agent");
            addAgent(h, "new", AgentInfo.Capability.Type.MULTI_ROLE, AgentInfo.Capability.Type.HIERARCHICAL_ROLE);
            RecordingCallback.Offered modern = h.allocateOne();
            assertEquals("modern", modern.framework());
            assertEquals("new", modern.agent());

            FrameworkInfo legacy = FrameworkInfo.newBuilder().setUser("u").setName("legacy").setRole("web").build();
            h.allocator.addFramework(frameworkId("legacy"), legacy, Map.of(), true, Set.of());
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("legacy", offer.framework(), "a framework without MULTI_ROLE gets the old agent");
            assertEquals("old", offer.agent());
            h.assertInvariants();
        }
    }

    @Test
    void anAgentWithoutHierarchicalRoleIsOfferedToNoRoleWithASlash() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("nested", "eng/web");
            addAgent(h, "old", AgentInfo.Capability.Type.MULTI_ROLE);
            assertEquals(List.of(), h.allocate(), "eng/web is not offered an agent without HIERARCHICAL_ROLE");
            h.addFramework("flat", "eng");
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("flat", offer.framework());
            assertEquals("eng", offer.role());
        }
    }

    @Test
    void anAgentAddedWithoutItsCapabilitiesIsOfferedToAnyone() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("nested", Harness.multiRole("nested", "eng/web"));
            h.addAgent("a1", "cpus:1;mem:512");
            assertEquals("nested", h.allocateOne().framework());
        }
    }
}
