package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.agentId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Offer.Operation;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** RESERVE and UNRESERVE, on offered resources (updateAllocation) and on free ones (updateAvailable). */
class OperationsTest {
    private static final ReservationInfo WEB = ReservationInfo.newBuilder().setType(ReservationInfo.Type.DYNAMIC)
            .setRole("web").setPrincipal("ops").build();

    private static Operation reserve(Resources reserved) {
        return Operation.newBuilder().setType(Operation.Type.RESERVE)
                .setReserve(Operation.Reserve.newBuilder().addAllResources(reserved.toProtos())).build();
    }

    private static Operation unreserve(Resources reserved) {
        return Operation.newBuilder().setType(Operation.Type.UNRESERVE)
                .setUnreserve(Operation.Unreserve.newBuilder().addAllResources(reserved.toProtos())).build();
    }

    @Test
    void aFrameworkReservesPartOfItsOfferAndTheReservationStaysWithTheRole() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("fw", "web");
            h.addFramework("fb", "batch");
            h.addAgent("a1", "cpus:4;mem:2048");
            RecordingCallback.Offered offer = h.allocateOne();
            String role = offer.role();
            Resources reserved = Resources.parse("cpus:2;mem:1024").pushReservation(
                    WEB.toBuilder().setRole(role).build()).allocate(role);
            h.allocator.updateAllocation(offer.frameworkId(), offer.agentId(), offer.resources(),
                    List.of(reserve(reserved)));
            h.assertInvariants();

            // Everything comes back; the reservation may only go to the reserving role.
            Resources nowHeld = Resources.parse("cpus:2;mem:1024").allocate(role).plus(reserved);
            h.allocator.recoverResources(offer.frameworkId(), offer.agentId(), nowHeld,
                    Optional.empty(), false);
            h.allocator.suppressOffers(offer.frameworkId(), Set.of());
            RecordingCallback.Offered other = h.allocateOne();
            assertEquals(Resources.parse("cpus:2;mem:1024").allocate(other.role()), other.resources(),
                    "the other role gets only the unreserved half");
            h.assertInvariants();
        }
    }

    @Test
    void anOperatorReservesAndUnreservesFreeResources() throws Exception {
        try (Harness h = new Harness()) {
            h.addAgent("a1", "cpus:4;mem:2048");
            Resources reserved = Resources.parse("cpus:1;mem:512").pushReservation(WEB);
            h.allocator.updateAvailable(agentId("a1"), List.of(reserve(reserved))).toCompletableFuture()
                    .get(Harness.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            h.addFramework("fb", "batch");
            assertEquals(Resources.parse("cpus:3;mem:1536").allocate("batch"), h.allocateOne().resources());

            h.allocator.updateAvailable(agentId("a1"), List.of(unreserve(reserved))).toCompletableFuture()
                    .get(Harness.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertEquals(Resources.parse("cpus:1;mem:512").allocate("batch"), h.allocateOne().resources());
            h.assertInvariants();
        }
    }

    @Test
    void reservingMoreThanIsFreeFailsNamingTheShortfall() throws Exception {
        try (Harness h = new Harness()) {
            h.addAgent("a1", "cpus:1;mem:512");
            Resources reserved = Resources.parse("cpus:2").pushReservation(WEB);
            ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> h.allocator.updateAvailable(agentId("a1"), List.of(reserve(reserved)))
                            .toCompletableFuture().get(Harness.WAIT.toMillis(), TimeUnit.MILLISECONDS));
            assertTrue(failure.getCause().getMessage().contains("lacks cpus:2"), failure.getCause().getMessage());
            h.addFramework("fb", "batch");
            assertEquals(Resources.parse("cpus:1;mem:512").allocate("batch"), h.allocateOne().resources(),
                    "nothing changed");
        }
    }
}
