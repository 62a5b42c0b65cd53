package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.agentId;
import static io.osmos.allocator.drf.Harness.frameworkId;
import static io.osmos.allocator.drf.Harness.quota;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer.Operation;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Quota: guarantees are met first and their headroom held back; limits cap a role. */
class QuotaTest {

    @Test
    void resourcesAQuotaRoleDeclinedAreHeldBackForItsGuarantee() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "quota-role");
            h.allocator.updateQuota("quota-role", quota("quota-role", "cpus:2;mem:1024", "cpus:2;mem:1024"));
            h.addFramework("f2", "no-quota-role");
            h.addAgent("a1", "cpus:1;mem:512");
            RecordingCallback.Offered first = h.allocateOne();
            assertEquals("f1", first.framework(), "the role below its guarantee goes first");
            h.addAgent("a2", "cpus:1;mem:512");
            RecordingCallback.Offered second = h.allocateOne();
            assertEquals("f1", second.framework());
            assertEquals(Resources.parse("cpus:1;mem:512").allocate("quota-role"), second.resources());

            h.decline(second, 2 * Harness.INTERVAL.toSeconds());
            h.clock.advance(Harness.INTERVAL);
            assertEquals(List.of(), h.allocate(), "f2 must not get what f1's guarantee still needs");

            h.clock.advance(Harness.INTERVAL);
            RecordingCallback.Offered again = h.allocateOne();
            assertEquals("f1", again.framework(), "the filter expired: the guarantee is offered again");
            assertEquals("a2", again.agent());
            h.assertInvariants();
        }
    }

    @Test
    void aLimitCapsWhatTheRoleIsOfferedAndTheRestIsChoppedOffForOthers() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.addFramework(frameworkId("f1"),
                    FrameworkInfo.newBuilder().setUser("u").setName("f1").build(), Map.of(), true, Set.of());
            h.allocator.updateQuota("*", quota("*", "", "cpus:0;mem:0;disk:0"));
            h.addAgent("a1", "cpus:2;mem:1024;disk:1024");
            assertEquals(List.of(), h.allocate(), "a zero limit keeps role * from everything");

            h.addFramework("f2", "no-quota-role");
            RecordingCallback.Offered whole = h.allocateOne();
            assertEquals("f2", whole.framework());
            assertEquals(Resources.parse("cpus:2;mem:1024;disk:1024").allocate("no-quota-role"), whole.resources());

            h.allocator.updateQuota("*", quota("*", "", "cpus:1;mem:512;disk:512"));
            h.addAgent("a2", "cpus:2;mem:1024;disk:1024");
            Map<String, Resources> byFramework = byFramework(h.allocate());
            assertEquals(Resources.parse("cpus:1;mem:512;disk:512").allocate("*"), byFramework.get("f1"));
            assertEquals(Resources.parse("cpus:1;mem:512;disk:512").allocate("no-quota-role"), byFramework.get("f2"));
            h.assertInvariants();
        }
    }

    @Test
    void headroomIsHeldForAQuotaRoleEvenWithoutFrameworks() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.updateQuota("quota-role", quota("quota-role", "cpus:2;mem:1024", "cpus:2;mem:1024"));
            h.addFramework("f", "no-quota-role");
            h.addAgent("a1", "cpus:2;mem:1024");
            assertEquals(List.of(), h.allocate(), "all of a1 is the guarantee's headroom");

            h.addAgent("a2", "cpus:2;mem:1024");
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("f", offer.framework());
            assertEquals(Resources.parse("cpus:2;mem:1024").allocate("no-quota-role"), offer.resources(),
                    "one whole agent goes, the other stays aside");
            h.assertInvariants();
        }
    }

    @Test
    void reservationsCountAsConsumedQuota() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.updateQuota("quota-role", quota("quota-role", "cpus:2;mem:256", "cpus:2;mem:256"));
            h.addFramework("f1", "quota-role");
            h.addFramework("f2", "non-quota-role");
            h.addAgent("a1", "cpus:8;mem(quota-role):256", Map.of(frameworkId("f1"),
                    Resources.parse("cpus:2;mem(quota-role):256").allocate("quota-role")));
            RecordingCallback.Offered rest = h.allocateOne();
            assertEquals("f2", rest.framework(), "quota-role's guarantee is met by its reservation and cpus");
            assertEquals(Resources.parse("cpus:6").allocate("non-quota-role"), rest.resources());

            // quota-role's share is 1 (all the memory is its reservation): f2 gets the next agent too.
            h.addAgent("a2", "cpus:4");
            assertEquals("f2", h.allocateOne().framework());
        }
    }

    @Test
    void reservationsNobodyHoldsCountAsConsumedQuotaToo() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.updateQuota("quota-role", quota("quota-role", "cpus:2;mem:256", "cpus:2;mem:256"));
            h.addFramework("f2", "non-quota-role");
            h.addAgent("reserved", "cpus(quota-role):2;mem(quota-role):256");
            h.addAgent("a1", "cpus:4;mem:1024");
            // quota-role's reservation meets its guarantee although no framework holds it: nothing of a1 is
            // held back as headroom (were it not counted, cpus:2;mem:256 of a1 would be).
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("a1", offer.agent());
            assertEquals(Resources.parse("cpus:4;mem:1024").allocate("non-quota-role"), offer.resources());
        }
    }

    @Test
    void aRoleBelowItsGuaranteeGetsOnlyWhatItsQuotaAllows() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.updateQuota("q1", quota("q1", "cpus:1;mem:200", "cpus:1;mem:200"));
            h.allocator.updateQuota("q2", quota("q2", "cpus:2;mem:2000", "cpus:2;mem:2000"));
            h.addFramework("f1", "q1");
            h.addFramework("f2", "q2");
            h.addAgent("a1", "cpus:1;mem:1024", Map.of(frameworkId("f1"),
                    Resources.parse("cpus:1;mem:1024").allocate("q1")));
            h.addAgent("a2", "cpus:1;mem:1024", Map.of(frameworkId("f2"),
                    Resources.parse("cpus:1;mem:1024").allocate("q2")));
            assertEquals(List.of(), h.allocate());

            h.addAgent("a3", "cpus:2;mem:2048");
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("f2", offer.framework());
            assertEquals(Resources.parse("cpus:1;mem:976").allocate("q2"), offer.resources(),
                    "exactly what q2 lacks: its limit equals its guarantee");
            h.assertInvariants();
        }
    }

    @Test
    void unreservedResourcesAreSetAsideForQuotaNotReservedOnes() throws Exception {
        try (Harness h = new Harness()) {
            h.addAgent("a1", "cpus:4;mem:512");
            h.addAgent("a2", "cpus:4;mem:512");
            ReservationInfo ops = ReservationInfo.newBuilder().setType(ReservationInfo.Type.DYNAMIC)
                    .setRole("no-quota-role").setPrincipal("ops").build();
            Resources reserved = Resources.parse("cpus:4;mem:512").pushReservation(ops);
            Operation reserve = Operation.newBuilder().setType(Operation.Type.RESERVE)
                    .setReserve(Operation.Reserve.newBuilder().addAllResources(reserved.toProtos())).build();
            h.allocator.updateAvailable(agentId("a2"), List.of(reserve)).toCompletableFuture()
                    .get(Harness.WAIT.toMillis(), TimeUnit.MILLISECONDS);

            h.allocator.updateQuota("quota-role", quota("quota-role", "cpus:4;mem:512", "cpus:4;mem:512"));
            h.addFramework("f1", "quota-role");
            RecordingCallback.Offered quotaOffer = h.allocateOne();
            assertEquals("a1", quotaOffer.agent(), "a2's resources are reserved for another role");
            assertEquals(Resources.parse("cpus:4;mem:512").allocate("quota-role"), quotaOffer.resources());
            h.decline(quotaOffer, 10);
            h.clock.advance(Harness.INTERVAL);
            assertEquals(List.of(), h.allocate());

            h.addFramework("f2", "no-quota-role");
            RecordingCallback.Offered reservedOffer = h.allocateOne();
            assertEquals("a2", reservedOffer.agent());
            assertEquals(reserved.allocate("no-quota-role"), reservedOffer.resources());
            h.decline(reservedOffer, 10);
            h.clock.advance(Harness.INTERVAL);
            assertEquals(List.of(), h.allocate(), "a1 stays set aside for quota-role's guarantee");
            h.assertInvariants();
        }
    }

    @Test
    void removingQuotaReleasesTheHeadroom() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.updateQuota("quota-role", quota("quota-role", "cpus:2;mem:1024", ""));
            h.addFramework("f", "other");
            h.addAgent("a1", "cpus:2;mem:1024");
            assertEquals(List.of(), h.allocate());
            h.allocator.updateQuota("quota-role", quota("quota-role", "", ""));
            assertEquals("f", h.allocateOne().framework());
        }
    }

    @Test
    void quotaIsSetOnTopLevelRolesOnly() {
        try (Harness h = new Harness()) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> h.allocator.updateQuota("eng/web", quota("eng/web", "cpus:1", "")));
            assertEquals("Quota can only be set on top-level roles, not on 'eng/web'", refused.getMessage());
        }
    }

    private static Map<String, Resources> byFramework(List<RecordingCallback.Offered> offers) {
        Map<String, Resources> result = new TreeMap<>();
        offers.forEach(offer -> result.merge(offer.framework(), offer.resources(), Resources::plus));
        return result;
    }
}
