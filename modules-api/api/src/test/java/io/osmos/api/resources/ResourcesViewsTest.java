package io.osmos.api.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesViewsTest {
    private static final Resources MIXED = Resources.parse(
        "cpus:8;mem:1024;cpus(eng):4;cpus(eng/web):2;cpus(engineering):1;cpus{REV}:3;ports:[1-10]");

    private static Resources r(String text) {
        return Resources.parse(text);
    }

    @Test
    void reservationFilters() {
        assertEquals(r("cpus(eng):4"), MIXED.reserved("eng"));
        assertEquals(r("cpus(eng):4;cpus(eng/web):2;cpus(engineering):1"), MIXED.reserved());
        assertEquals(r("cpus:8;mem:1024;cpus{REV}:3;ports:[1-10]"), MIXED.unreserved());
    }

    @Test
    void allocatableToFollowsTheRoleTreeDownwardsOnly() {
        assertEquals(11 + 4 + 2, MIXED.allocatableTo("eng/web").cpus(), "unreserved (8 + 3 revocable), eng and eng/web");
        assertEquals(11 + 4, MIXED.allocatableTo("eng").cpus(), "a child's reservation is not the parent's");
        assertEquals(11 + 4, MIXED.allocatableTo("eng/db").cpus(), "a sibling's reservation is not ours");
        assertEquals(11 + 1, MIXED.allocatableTo("engineering").cpus(), "'engineering' is not below 'eng'");
    }

    @Test
    void kindFilters() {
        assertEquals(r("cpus{REV}:3"), MIXED.revocable());
        assertEquals(MIXED.minus(r("cpus{REV}:3")), MIXED.nonRevocable());
        assertEquals(MIXED.minus(r("ports:[1-10]")), MIXED.scalars());
        assertEquals(r("mem:1024"), MIXED.named("mem"));
        assertEquals(r("ports:[1-10]"), MIXED.filter(resource -> resource.getType() == Protos.Value.Type.RANGES));
    }

    @Test
    void allocateLabelsEveryResourceAndMergesWhatBecomesTheSame() {
        Resources split = r("cpus(allocated: a):1;cpus(allocated: b):2;mem:5");
        Resources allocated = split.allocate("c");

        assertEquals(r("cpus(allocated: c):3;mem(allocated: c):5"), allocated);
        allocated.forEach(resource -> assertEquals("c", resource.getAllocationInfo().getRole()));
        assertEquals(allocated, allocated.allocatedTo("c"));
        assertTrue(allocated.allocatedTo("a").isEmpty());
        assertEquals(r("cpus:3;mem:5"), allocated.unallocated());
        assertEquals(r("cpus(allocated: a):1"), split.allocatedTo("a"));
    }

    @Test
    void reserveAndUnreserveThroughTheReservationStack() {
        ReservationInfo dynamic = ReservationInfo.newBuilder()
            .setType(ReservationInfo.Type.DYNAMIC).setRole("eng/web").setPrincipal("ops").build();
        Resources reserved = r("cpus(eng):2;mem:64").pushReservation(dynamic);

        assertEquals(r("cpus(reservations: [(STATIC,eng), (DYNAMIC,eng/web,ops)]):2;"
            + "mem(reservations: [(DYNAMIC,eng/web,ops)]):64"), reserved);
        assertEquals(2, reserved.reserved("eng/web").cpus());
        assertEquals(r("cpus(eng):2;mem:64"), reserved.popReservation());
        assertEquals(r("cpus:2;mem:64"), reserved.toUnreserved());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> r("cpus(db):1").pushReservation(dynamic));
        assertEquals("Invalid resource 'cpus': role 'eng/web' is not a refinement of 'db'", error.getMessage());
    }

    @Test
    @SuppressWarnings("deprecation") // the pre-refinement fields are what this test is about
    void protobufRoundTripAndThePreRefinementFormat() {
        assertEquals(MIXED, Resources.of(MIXED));
        assertEquals(MIXED, Resources.of(MIXED.toProtos()));

        Protos.Resource legacyStatic = scalar("cpus", 1).toBuilder().setRole("web").build();
        Protos.Resource legacyDynamic = scalar("mem", 2).toBuilder().setRole("web")
            .setReservation(ReservationInfo.newBuilder().setPrincipal("ops")).build();

        assertEquals(r("cpus(web):1;mem(reservations: [(DYNAMIC,web,ops)]):2"),
            Resources.of(legacyStatic, legacyDynamic));
        assertThrows(UnsupportedOperationException.class, () -> MIXED.toProtos().remove(0));
    }

    @Test
    void invalidProtobufsAreRefusedWithTheReason() {
        assertRefused("Invalid resource 'cpus': scalar value -1.0 is negative or not a number", scalar("cpus", -1));
        assertRefused("Invalid resource 'cpus': disk info is only allowed on 'disk'",
            scalar("cpus", 1).toBuilder().setDisk(Protos.Resource.DiskInfo.getDefaultInstance()).build());
        assertRefused("Invalid resource 'disk': only persistent volumes can be shared",
            scalar("disk", 1).toBuilder().setShared(Protos.Resource.SharedInfo.getDefaultInstance()).build());
        assertRefused("Invalid resource 'cpus': role \"*\" cannot be reserved", scalar("cpus", 1).toBuilder()
            .addReservations(ReservationInfo.newBuilder().setType(ReservationInfo.Type.STATIC).setRole("*")).build());
        assertRefused("Invalid resource 'note': type TEXT is not supported for resources", Protos.Resource.newBuilder()
            .setName("note").setType(Protos.Value.Type.TEXT).build());
        assertRefused("Invalid resource 'ports': a RANGES resource needs ranges and nothing else",
            scalar("ports", 1).toBuilder().setType(Protos.Value.Type.RANGES).build());
    }

    private static void assertRefused(String message, Protos.Resource resource) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Resources.of(resource));
        assertEquals(message, error.getMessage());
    }

    static Protos.Resource scalar(String name, double value) {
        return Protos.Resource.newBuilder().setName(name).setType(Protos.Value.Type.SCALAR)
            .setScalar(Protos.Value.Scalar.newBuilder().setValue(value)).build();
    }

    static List<Protos.Resource> times(int count, Protos.Resource resource) {
        return java.util.Collections.nCopies(count, resource);
    }
}
