package io.osmos.allocator.drf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.api.resources.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reserved resources go to their role and the roles below it, never elsewhere. */
class ReservationsTest {

    @Test
    void aReservationIsNotOfferedToOtherRoles() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("fb", "b");
            h.addAgent("a1", "cpus:4;mem:1024;cpus(a):2;mem(a):256");
            assertEquals(Resources.parse("cpus:4;mem:1024").allocate("b"), h.allocateOne().resources());
            assertEquals(List.of(), h.allocate(), "role a's reservation waits for role a");
            h.addFramework("fa", "a");
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("fa", offer.framework());
            assertEquals(Resources.parse("cpus(a):2;mem(a):256").allocate("a"), offer.resources());
        }
    }

    @Test
    void aParentsReservationIsOfferedToItsChildren() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("child", "eng/web");
            h.addAgent("a1", "cpus(eng):2;mem(eng):512");
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals("child", offer.framework());
            assertEquals(Resources.parse("cpus(eng):2;mem(eng):512").allocate("eng/web"), offer.resources());
        }
    }

    @Test
    void aChildsReservationIsNotOfferedToItsParent() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("parent", "eng");
            h.addAgent("a1", "cpus(eng/web):2;mem(eng/web):512");
            assertEquals(List.of(), h.allocate());
        }
    }

    @Test
    void aRoleGetsItsReservationAndUnreservedResourcesTogether() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("fa", "a");
            h.addAgent("a1", "cpus:1;mem:128;cpus(a):2;mem(a):256");
            assertEquals(Resources.parse("cpus:1;mem:128;cpus(a):2;mem(a):256").allocate("a"),
                    h.allocateOne().resources());
            h.assertInvariants();
        }
    }
}
