package io.osmos.allocator.random;

import static io.osmos.allocator.random.Harness.agentId;
import static io.osmos.allocator.random.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Offer.Operation;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import io.osmos.protocol.v1.Protos.WeightInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Reservations, removals, weights and metrics: the allocator's books stay right through them. */
class BookkeepingTest {

    private static ReservationInfo dynamic(String role) {
        return ReservationInfo.newBuilder().setType(ReservationInfo.Type.DYNAMIC).setRole(role).setPrincipal("ops").build();
    }

    private static Operation reserve(Resources resources, String role) {
        return Operation.newBuilder().setType(Operation.Type.RESERVE)
                .setReserve(Operation.Reserve.newBuilder().addAllResources(resources.pushReservation(dynamic(role))))
                .build();
    }

    @Test
    void anOperatorReservationOfFreeResourcesSendsThemToTheRole() throws Exception {
        try (Harness harness = new Harness(1)) {
            harness.allocator.pause();
            harness.addAgent("a1", "cpus:4;mem:1024");
            harness.allocator.updateAvailable(agentId("a1"), List.of(reserve(Resources.parse("cpus:2;mem:512"), "a")))
                    .toCompletableFuture().get(Harness.WAIT.toMillis(), TimeUnit.MILLISECONDS);

            ExecutionException tooMuch = assertThrows(ExecutionException.class, () -> harness.allocator
                    .updateAvailable(agentId("a1"), List.of(reserve(Resources.parse("cpus:3"), "a")))
                    .toCompletableFuture().get(Harness.WAIT.toMillis(), TimeUnit.MILLISECONDS));
            assertTrue(tooMuch.getCause().getMessage().contains("lacks cpus:3"), tooMuch.getCause().getMessage());
            ExecutionException unknown = assertThrows(ExecutionException.class, () -> harness.allocator
                    .updateAvailable(agentId("nope"), List.of()).toCompletableFuture()
                    .get(Harness.WAIT.toMillis(), TimeUnit.MILLISECONDS));
            assertEquals("Unknown agent nope", unknown.getCause().getMessage());

            harness.addFramework("fb", "b");
            harness.allocator.resume();
            assertEquals(Resources.parse("cpus:2;mem:512").allocate("b"), harness.callback.next(Harness.WAIT).resources());
            harness.addFramework("fa", "a");
            assertEquals(Resources.parse("cpus:2;mem:512").pushReservation(dynamic("a")).allocate("a"),
                    harness.callback.next(Harness.WAIT).resources());
            harness.assertInvariants();
        }
    }

    @Test
    void aFrameworkReservingPartOfItsOfferKeepsHoldingIt() throws Exception {
        try (Harness harness = new Harness(2)) {
            harness.addFramework("f1", "a");
            harness.addAgent("a1", "cpus:4;mem:1024");
            RecordingCallback.Offered offer = harness.allocate().get(0);

            Resources part = Resources.parse("cpus:1;mem:128").allocate("a");
            harness.allocator.updateAllocation(offer.frameworkId(), offer.agentId(), offer.resources(),
                    List.of(reserve(part, "a")));
            harness.assertInvariants();

            // Declining the whole converted offer frees it; the reserved part comes back reserved.
            Resources converted = Resources.parse("cpus:3;mem:896").allocate("a")
                    .plus(part.pushReservation(dynamic("a")));
            harness.decline(new RecordingCallback.Offered(offer.frameworkId(), "a", offer.agentId(), converted),
                    Optional.empty());
            List<RecordingCallback.Offered> offers = harness.allocate();
            assertEquals(converted, offers.get(0).resources());
            for (Resource resource : offers.get(0).resources().reserved("a")) {
                assertEquals(ReservationInfo.Type.DYNAMIC, resource.getReservations(0).getType());
            }
            harness.assertInvariants();
        }
    }

    @Test
    void aRemovedFrameworksResourcesGoToOthers() throws Exception {
        try (Harness harness = new Harness(3)) {
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            RecordingCallback.Offered first = harness.allocate().get(0);
            harness.addFramework("f2", "web");
            assertEquals(List.of(), harness.allocate(), "all held by f1");

            harness.allocator.removeFramework(first.frameworkId());
            List<RecordingCallback.Offered> offers = harness.allocate();
            assertEquals("f2", offers.get(0).framework());
            assertEquals(first.resources(), offers.get(0).resources());
        }
    }

    @Test
    void aRemovedAgentIsForgotten() throws Exception {
        try (Harness harness = new Harness(4)) {
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            RecordingCallback.Offered offer = harness.allocate().get(0);
            harness.allocator.removeAgent(offer.agentId());
            harness.decline(offer, Optional.empty());
            assertEquals(List.of(), harness.allocate());
            assertNull(harness.allocator.metrics().get("allocator/mesos/resources/cpus/total"), "no agents, no cpus");
        }
    }

    @Test
    void heavierRolesAreOfferedFirst() throws Exception {
        try (Harness harness = new Harness(5)) {
            harness.allocator.updateWeights(List.of(WeightInfo.newBuilder().setRole("big").setWeight(1e9).build()));
            harness.addFramework("small", "small");
            harness.addFramework("big", "big");
            for (int i = 0; i < 20; i++) {
                harness.addAgent("a" + i, "cpus:1;mem:128");
            }
            List<RecordingCallback.Offered> offers = harness.allocate();
            assertEquals(20, offers.size());
            assertTrue(offers.stream().allMatch(offered -> offered.framework().equals("big")), offers.toString());
        }
    }

    @Test
    void metricsUseTheMesosNames() throws Exception {
        try (Harness harness = new Harness(6)) {
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024", Map.of(frameworkId("f1"), Resources.parse("cpus:1").allocate("web")));
            harness.allocate();
            Map<String, Number> metrics = harness.allocator.metrics();
            assertTrue(metrics.get("allocator/mesos/allocation_runs").longValue() >= 1, metrics.toString());
            assertTrue(metrics.get("allocator/mesos/allocation_run_ms").doubleValue() >= 0, metrics.toString());
            assertEquals(0, metrics.get("allocator/mesos/event_queue_dispatches").intValue());
            assertEquals(4.0, metrics.get("allocator/mesos/resources/cpus/total").doubleValue());
            assertEquals(4.0, metrics.get("allocator/mesos/resources/cpus/offered_or_allocated").doubleValue());
            assertEquals(1024.0, metrics.get("allocator/mesos/resources/mem/offered_or_allocated").doubleValue());
        }
    }
}
