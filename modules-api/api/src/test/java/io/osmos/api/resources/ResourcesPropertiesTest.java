package io.osmos.api.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of resource arithmetic over generated resources of every kind: scalars, ranges and sets,
 * static, dynamic and refined reservations, allocations, revocable resources.
 */
class ResourcesPropertiesTest {

    @Property
    void minusUndoesPlusOfDisjointResources(@ForAll("left") Resources a, @ForAll("right") Resources b) {
        assertEquals(a, a.plus(b).minus(b));
    }

    @Property
    void aSumContainsItsParts(@ForAll("left") Resources a, @ForAll("any") Resources b) {
        assertTrue(a.plus(b).contains(a));
        assertTrue(a.plus(b).contains(b));
    }

    @Property
    void containsIsConsistentWithMinus(@ForAll("left") Resources a, @ForAll("any") Resources b) {
        assertEquals(a.contains(b), a.minus(b).plus(b).equals(a));
        assertTrue(a.contains(a.minus(b)));
        assertTrue(a.minus(b).plus(b).contains(a));
    }

    @Property
    void plusIsCommutativeAndAssociative(@ForAll("any") Resources a, @ForAll("any") Resources b,
                                         @ForAll("any") Resources c) {
        assertEquals(a.plus(b), b.plus(a));
        assertEquals(a.plus(b).hashCode(), b.plus(a).hashCode());
        assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    }

    @Property
    void textRoundTrips(@ForAll("any") Resources x) {
        assertEquals(x, Resources.parse(x.toString()));
    }

    @Property
    void orderOfResourcesDoesNotMatter(@ForAll("any") Resources x, @ForAll long seed) {
        List<Protos.Resource> shuffled = new ArrayList<>(x.toProtos());
        Collections.shuffle(shuffled, new Random(seed));

        Resources again = Resources.of(shuffled);
        assertEquals(x, again);
        assertEquals(x.hashCode(), again.hashCode());
        assertEquals(x, Resources.of(x.toProtos()));
    }

    @Provide
    Arbitrary<Resources> left() {
        return resources(1);
    }

    @Provide
    Arbitrary<Resources> right() {
        return resources(2);
    }

    @Provide
    Arbitrary<Resources> any() {
        return Arbitraries.integers().between(1, 2).flatMap(ResourcesPropertiesTest::resources);
    }

    /** Resources whose ranges and set items come from a pool of their own per {@code side}. */
    static Arbitrary<Resources> resources(int side) {
        return resource(side).list().ofMaxSize(8).map(Resources::of);
    }

    private static Arbitrary<Protos.Resource> resource(int side) {
        return Combinators.combine(
            Arbitraries.of("cpus", "mem", "gpus", "ports", "zones"),
            Arbitraries.integers().between(0, 4),
            Arbitraries.of("", "a", "b"),
            Arbitraries.of(false, true),
            Arbitraries.longs().between(1, 50_000),
            Arbitraries.integers().between(0, 40).list().ofMinSize(1).ofMaxSize(5)
        ).as((name, reservation, allocation, revocable, millis, points) -> {
            Protos.Resource.Builder resource = Protos.Resource.newBuilder().setName(name);
            switch (name) {
                case "ports" -> resource.setType(Protos.Value.Type.RANGES).setRanges(ranges(side, points));
                case "zones" -> resource.setType(Protos.Value.Type.SET).setSet(items(side, points));
                default -> resource.setType(Protos.Value.Type.SCALAR)
                    .setScalar(Protos.Value.Scalar.newBuilder().setValue(millis / 1000.0));
            }
            resource.addAllReservations(reservations(reservation));
            if (!allocation.isEmpty()) {
                resource.getAllocationInfoBuilder().setRole(allocation);
            }
            if (revocable) {
                resource.setRevocable(Protos.Resource.RevocableInfo.getDefaultInstance());
            }
            return resource.build();
        });
    }

    private static Protos.Value.Ranges ranges(int side, List<Integer> points) {
        long[] pairs = new long[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            pairs[2 * i] = side * 1000L + points.get(i) * 3L;
            pairs[2 * i + 1] = pairs[2 * i] + points.get(i) % 3;
        }
        return Ranges.from(pairs).toProto();
    }

    private static Protos.Value.Set items(int side, List<Integer> points) {
        Protos.Value.Set.Builder set = Protos.Value.Set.newBuilder();
        points.stream().distinct().forEach(point -> set.addItem("s" + side + "-" + point));
        return set.build();
    }

    private static List<ReservationInfo> reservations(int choice) {
        ReservationInfo staticA = reservation(ReservationInfo.Type.STATIC, "a", null);
        return switch (choice) {
            case 0 -> List.of();
            case 1 -> List.of(staticA);
            case 2 -> List.of(reservation(ReservationInfo.Type.STATIC, "b", null));
            case 3 -> List.of(reservation(ReservationInfo.Type.DYNAMIC, "a/x", "alice"));
            default -> List.of(staticA, reservation(ReservationInfo.Type.DYNAMIC, "a/x", "bob"));
        };
    }

    private static ReservationInfo reservation(ReservationInfo.Type type, String role, String principal) {
        ReservationInfo.Builder reservation = ReservationInfo.newBuilder().setType(type).setRole(role);
        return principal == null ? reservation.build() : reservation.setPrincipal(principal).build();
    }
}
