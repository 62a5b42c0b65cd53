package io.osmos.allocator.random;

import static io.osmos.allocator.random.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Who gets offered what: whole agents, one framework each, reservations honoured. */
class OfferingTest {

    @Test
    void oneFrameworkIsOfferedBothAgentsWhole() throws Exception {
        try (Harness harness = new Harness(1)) {
            harness.allocator.addFramework(frameworkId("f1"),
                    FrameworkInfo.newBuilder().setUser("root").setName("f1").build(), Map.of(), true, Set.of());
            harness.addAgent("a1", "cpus:4;mem:1024;ports:[31000-32000]");
            harness.addAgent("a2", "cpus:2;mem:512");

            Map<String, Resources> byAgent = new HashMap<>();
            for (int i = 0; i < 2; i++) {
                RecordingCallback.Offered offered = harness.callback.next(Harness.WAIT);
                assertEquals("f1", offered.framework());
                // Without MULTI_ROLE a framework is in its single `role`, "*" unless set.
                assertEquals("*", offered.role());
                byAgent.put(offered.agent(), offered.resources());
            }
            assertEquals(Resources.parse("cpus:4;mem:1024;ports:[31000-32000]").allocate("*"), byAgent.get("a1"));
            assertEquals(Resources.parse("cpus:2;mem:512").allocate("*"), byAgent.get("a2"));
            for (Resource resource : byAgent.get("a1")) {
                assertEquals("*", resource.getAllocationInfo().getRole());
            }
            assertEquals(List.of(), harness.allocate(), "nothing is left to offer a second time");
            harness.assertInvariants();
        }
    }

    @Test
    void twoFrameworksEachGetWholeAgentsAndNothingIsOfferedTwice() throws Exception {
        try (Harness harness = new Harness(7)) {
            harness.addFramework("f1", "web");
            harness.addFramework("f2", "batch");
            for (int i = 0; i < 8; i++) {
                harness.addAgent("a" + i, "cpus:" + (i + 1) + ";mem:2048");
            }
            List<RecordingCallback.Offered> offers = harness.allocate();

            assertEquals(8, offers.size(), "one offer per agent: " + offers);
            Map<String, List<RecordingCallback.Offered>> byAgent =
                    offers.stream().collect(Collectors.groupingBy(RecordingCallback.Offered::agent));
            for (int i = 0; i < 8; i++) {
                List<RecordingCallback.Offered> agentOffers = byAgent.get("a" + i);
                assertEquals(1, agentOffers.size(), "agent a" + i + " went to exactly one framework");
                RecordingCallback.Offered offered = agentOffers.get(0);
                String expectedRole = offered.framework().equals("f1") ? "web" : "batch";
                assertEquals(expectedRole, offered.role());
                assertEquals(Resources.parse("cpus:" + (i + 1) + ";mem:2048").allocate(expectedRole),
                        offered.resources(), "the whole agent");
            }
            Set<String> frameworks = offers.stream().map(RecordingCallback.Offered::framework).collect(Collectors.toSet());
            assertEquals(Set.of("f1", "f2"), frameworks, "with eight agents both frameworks get some");
            assertEquals(List.of(), harness.allocate());
            harness.assertInvariants();
        }
    }

    @Test
    void reservedResourcesGoOnlyToTheirRole() throws Exception {
        try (Harness harness = new Harness(3)) {
            harness.addFramework("fb", "b");
            harness.addAgent("a1", "cpus:4;mem:1024;cpus(a):2;mem(a):256");
            List<RecordingCallback.Offered> offers = harness.allocate();
            assertEquals(1, offers.size());
            assertEquals(Resources.parse("cpus:4;mem:1024").allocate("b"), offers.get(0).resources(),
                    "a framework in role b gets only the unreserved part");

            harness.addFramework("fa", "a");
            offers = harness.allocate();
            assertEquals(1, offers.size());
            assertEquals("fa", offers.get(0).framework());
            assertEquals(Resources.parse("cpus(a):2;mem(a):256").allocate("a"), offers.get(0).resources());
            harness.assertInvariants();
        }
    }

    @Test
    void anAgentWithReservationsIsSplitBetweenTheRoles() throws Exception {
        for (long seed = 0; seed < 10; seed++) {
            try (Harness harness = new Harness(seed)) {
                harness.addFramework("fa", "a");
                harness.addFramework("fb", "b");
                harness.addAgent("a1", "cpus:4;mem:1024;cpus(a):2;mem(a):256");
                Map<String, Resources> offered = harness.allocate().stream().collect(Collectors.toMap(
                        RecordingCallback.Offered::framework, RecordingCallback.Offered::resources, Resources::plus));

                Resources toA = offered.getOrDefault("fa", Resources.EMPTY);
                assertTrue(toA.contains(Resources.parse("cpus(a):2;mem(a):256").allocate("a")), "seed " + seed);
                assertTrue(offered.getOrDefault("fb", Resources.EMPTY).reserved().isEmpty(), "seed " + seed);
                Resources all = offered.values().stream().map(Resources::unallocated).reduce(Resources.EMPTY, Resources::plus);
                assertEquals(Resources.parse("cpus:4;mem:1024;cpus(a):2;mem(a):256"), all, "seed " + seed);
            }
        }
    }

    @Test
    void seededUsageIsNeverOfferedAgain() throws Exception {
        try (Harness harness = new Harness(5)) {
            // A swap seeds agents before frameworks: the agent's own seed counts f1's share once.
            Resources used = Resources.parse("cpus:1;mem:256").allocate("web");
            harness.addAgent("a1", "cpus:4;mem:1024", Map.of(frameworkId("f1"), used));
            harness.allocator.addFramework(frameworkId("f1"), Harness.multiRole("f1", "web"),
                    Map.of(Harness.agentId("a1"), used), true, Set.of());

            List<RecordingCallback.Offered> offers = harness.allocate();
            assertEquals(1, offers.size());
            assertEquals(Resources.parse("cpus:3;mem:768").allocate("web"), offers.get(0).resources());
            harness.assertInvariants();

            harness.allocator.recoverResources(frameworkId("f1"), Harness.agentId("a1"), used,
                    Optional.empty(), true);
            offers = harness.allocate();
            assertEquals(1, offers.size());
            assertEquals(used, offers.get(0).resources(), "a finished task's resources are offered again");
        }
    }

    @Test
    void frameworksSeededFirstCountTheirUsageWhenTheAgentArrives() throws Exception {
        try (Harness harness = new Harness(5)) {
            Resources used = Resources.parse("cpus:2;mem:512").allocate("web");
            harness.allocator.addFramework(frameworkId("f1"), Harness.multiRole("f1", "web"),
                    Map.of(Harness.agentId("a1"), used), true, Set.of());
            harness.addAgent("a1", "cpus:4;mem:1024", Map.of(frameworkId("f1"), used));

            List<RecordingCallback.Offered> offers = harness.allocate();
            assertEquals(Resources.parse("cpus:2;mem:512").allocate("web"), offers.get(0).resources());
            harness.assertInvariants();
        }
    }

    @Test
    void crumbsBelowTheMinimumAreNotOffered() throws Exception {
        try (Harness harness = new Harness(9)) {
            Resources used = Resources.parse("cpus:1;mem:40").allocate("web");
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:1;mem:64", Map.of(frameworkId("f1"), used));
            assertEquals(List.of(), harness.allocate(), "mem:24 reaches neither cpus:0.01 nor mem:32");

            harness.allocator.recoverResources(frameworkId("f1"), Harness.agentId("a1"),
                    Resources.parse("mem:10").allocate("web"), Optional.empty(), true);
            List<RecordingCallback.Offered> offers = harness.allocate();
            assertEquals(Resources.parse("mem:34").allocate("web"), offers.get(0).resources());
        }
    }

    @Test
    void gpuAgentsAreKeptForGpuFrameworks() throws Exception {
        try (Harness harness = new Harness(11)) {
            harness.addFramework("plain", "web");
            harness.addAgent("gpu", "cpus:4;mem:1024;gpus:1");
            assertEquals(List.of(), harness.allocate());

            FrameworkInfo gpuAware = Harness.multiRole("ml", "ml").toBuilder()
                    .addCapabilities(FrameworkInfo.Capability.newBuilder()
                            .setType(FrameworkInfo.Capability.Type.GPU_RESOURCES))
                    .build();
            harness.allocator.addFramework(frameworkId("ml"), gpuAware, Map.of(), true, Set.of());
            List<RecordingCallback.Offered> offers = harness.allocate();
            assertEquals("ml", offers.get(0).framework());
            assertEquals(Resources.parse("cpus:4;mem:1024;gpus:1").allocate("ml"), offers.get(0).resources());
        }
    }

    @Test
    void oldAgentsAreKeptFromMultiRoleFrameworksAndFromHierarchicalRoles() throws Exception {
        try (Harness harness = new Harness(12)) {
            harness.addFramework("modern", "web");
            harness.addFramework("nested", "eng/web");
            AgentInfo info = AgentInfo.newBuilder().setHostname("old").build();
            harness.allocator.addAgent(Harness.agentId("old"), info, List.of(), Resources.parse("cpus:1;mem:512"),
                    Map.of());
            assertEquals(List.of(), harness.allocate(), "neither MULTI_ROLE nor HIERARCHICAL_ROLE on the agent");

            FrameworkInfo legacy = FrameworkInfo.newBuilder().setUser("u").setName("legacy").setRole("db").build();
            harness.allocator.addFramework(frameworkId("legacy"), legacy, Map.of(), true, Set.of());
            List<RecordingCallback.Offered> offers = harness.allocate();
            assertEquals(1, offers.size());
            assertEquals("legacy", offers.get(0).framework());

            harness.allocator.removeFramework(frameworkId("legacy")); // the old agent is nobody's again
            AgentInfo.Capability multiRole = AgentInfo.Capability.newBuilder()
                    .setType(AgentInfo.Capability.Type.MULTI_ROLE).build();
            harness.allocator.addAgent(Harness.agentId("newer"), info.toBuilder().setHostname("newer").build(),
                    List.of(multiRole), Resources.parse("cpus:1;mem:512"), Map.of());
            offers = harness.allocate();
            assertEquals(1, offers.size());
            assertEquals("modern", offers.get(0).framework(), "eng/web still needs HIERARCHICAL_ROLE");
        }
    }
}
