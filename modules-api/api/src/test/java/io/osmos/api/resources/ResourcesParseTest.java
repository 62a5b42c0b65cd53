package io.osmos.api.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourcesParseTest {

    @Test
    void parsesATypicalAgent() {
        Resources agent = Resources.parse("cpus:24;mem:4096;disk:4096;ports:[31000-32000]");

        assertEquals(24.0, agent.cpus());
        assertEquals(4096.0, agent.mem());
        assertEquals(4096.0, agent.disk());
        assertEquals(Ranges.of(31000, 32000), agent.ports());
        assertEquals(Set.of("cpus", "mem", "disk", "ports"), agent.names());
        assertEquals("cpus:24; mem:4096; disk:4096; ports:[31000-32000]", agent.toString());
    }

    @Test
    @SuppressWarnings("deprecation") // checks that the deprecated role field stays unset
    void roleInParenthesesIsAStaticReservation() {
        Protos.Resource disk = Resources.parse("disk(role1):100").iterator().next();

        assertEquals(1, disk.getReservationsCount());
        assertEquals(ReservationInfo.Type.STATIC, disk.getReservations(0).getType());
        assertEquals("role1", disk.getReservations(0).getRole());
        assertFalse(disk.hasRole(), "the deprecated role field is not filled in");
        assertEquals("disk(reservations: [(STATIC,role1)]):100", Resources.parse("disk(role1):100").toString());
    }

    @Test
    void starRoleMeansUnreserved() {
        assertEquals(Resources.parse("cpus:2"), Resources.parse("cpus(*):2"));
        assertTrue(Resources.parse("cpus(*):2").reserved().isEmpty());
    }

    @Test
    void defaultRoleReservesUnqualifiedResourcesOnly() {
        Resources parsed = Resources.parse("cpus:4;mem(*):512;disk(other):10", "web");

        assertEquals(4.0, parsed.reserved("web").cpus());
        assertEquals(512.0, parsed.unreserved().mem());
        assertEquals(10.0, parsed.reserved("other").disk());
    }

    @Test
    void rangesAreSortedAndCoalesced() {
        Resources parsed = Resources.parse("ports:[ 5-6, 1-2, 3-4, 10-12, 11-15 ]");

        assertEquals("ports:[1-6, 10-15]", parsed.toString());
        assertEquals(12, parsed.ports().size());
    }

    @Test
    void setsKeepEachItemOnce() {
        Resources parsed = Resources.parse("zones:{b, a, c}");

        assertEquals(Set.of("a", "b", "c"), parsed.set("zones"));
        assertEquals("zones:{a, b, c}", parsed.toString());
    }

    @Test
    void scalarsKeepThreeDecimals() {
        assertEquals("cpus:0.5; mem:1.001", Resources.parse("cpus:0.5;mem:1.0006").toString());
        assertEquals(1.5, Resources.parse("cpus:15e-1").cpus());
    }

    @Test
    void sameNameMerges() {
        assertEquals(Resources.parse("cpus:2"), Resources.parse("cpus:1;cpus:1"));
        assertEquals(1, Resources.parse("cpus:1;cpus:1").size());
    }

    @Test
    void emptyTextAndZeroAmountsGiveNothing() {
        assertTrue(Resources.parse("").isEmpty());
        assertTrue(Resources.parse(" ; ").isEmpty());
        assertTrue(Resources.parse("{}").isEmpty());
        assertTrue(Resources.parse("cpus:0;ports:[];zones:{}").isEmpty());
        assertEquals("{}", Resources.EMPTY.toString());
    }

    @Test
    void readsWhatItPrintsForAllocatedRefinedAndRevocableResources() {
        String text = "cpus(allocated: eng/web)(reservations: [(STATIC,eng), (DYNAMIC,eng/web,alice,{team: web, canary})]){REV}:2";
        Resources parsed = Resources.parse(text);
        Protos.Resource cpus = parsed.iterator().next();

        assertEquals(text, parsed.toString());
        assertEquals("eng/web", cpus.getAllocationInfo().getRole());
        assertTrue(cpus.hasRevocable());
        assertEquals(List.of("eng", "eng/web"), cpus.getReservationsList().stream().map(ReservationInfo::getRole).toList());
        assertEquals("alice", cpus.getReservations(1).getPrincipal());
        assertEquals("canary", cpus.getReservations(1).getLabels().getLabels(1).getKey());
        assertFalse(cpus.getReservations(1).getLabels().getLabels(1).hasValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cpus:x            | Bad value for resource 'cpus': 'x' is not a number",
        "cpus:-1           | Bad value for resource 'cpus': '-1' is negative",
        "cpus:NaN          | Bad value for resource 'cpus': 'NaN' is not a number",
        "cpus:1e400        | Bad value for resource 'cpus': '1e400' is too large",
        "cpus4             | Bad resource 'cpus4': expected name:value",
        ":4                | Bad resource ':4': the name is empty",
        "cpus:             | Bad value for resource 'cpus': '' is empty",
        "ports:[1-a]       | Bad value for resource 'ports': '1-a' is not a range of non-negative integers",
        "ports:[10-5]      | Bad value for resource 'ports': '10-5' has begin greater than end",
        "ports:[1-2        | Bad resources 'ports:[1-2': mismatched brackets",
        "ports:[1-2]x      | Bad value for resource 'ports': '[1-2]x' is not ranges of the form [begin-end, ...]",
        "ports:(1-2)       | Bad value for resource 'ports': '(1-2)' is not a scalar, [ranges] or {set}",
        "ports:<1-2>       | Bad value for resource 'ports': '<1-2>' is not a scalar, [ranges] or {set}",
        "zones:{a,a}       | Bad value for resource 'zones': '{a,a}' has item 'a' twice",
        "cpus(a,b):1       | Bad resource 'cpus(a,b):1': expected one role in ( )",
        "cpus(a)(b):1      | Bad resource 'cpus(a)(b):1': expected one role in ( )",
        "cpus(/a):1        | Invalid resource 'cpus': Role '/a' cannot start or end with a slash",
        "cpus(a/../b):1    | Invalid resource 'cpus': Role 'a/../b' cannot include '..' as a component",
        "cpus(-a):1        | Invalid resource 'cpus': Role component '-a' is invalid because it starts with a dash",
        "cpus:1;cpus:[1-2] | Bad resources: 'cpus' is given as both SCALAR and RANGES",
        "disk[PATH:/x]:1   | Bad resource 'disk[PATH:/x]:1': disk info and shared volumes cannot be given as text; give them as protobuf or JSON",
        "cpus(reservations: [(FOO,a)]):1 | Bad resource 'cpus(reservations: [(FOO,a)]):1': reservation type 'FOO' is neither STATIC nor DYNAMIC",
        "cpus(reservations: [(DYNAMIC,a), (DYNAMIC,b)]):1 | Invalid resource 'cpus': role 'b' is not a refinement of 'a'",
        "cpus(reservations: [(STATIC,a), (STATIC,a/b)]):1 | Invalid resource 'cpus': a refined reservation (for 'a/b') cannot be STATIC",
        "cpus(a)(reservations: [(STATIC,a)]):1 | Bad resource 'cpus(a)(reservations: [(STATIC,a)]):1': give a role or reservations, not both",
    })
    void refusesBadTextNamingTheTokenAndTheReason(String text, String message) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Resources.parse(text));

        assertEquals(message, error.getMessage());
    }

    @Test
    void refusesJsonAndPointsToTheRuntime() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> Resources.parse("[{\"name\":\"cpus\",\"type\":\"SCALAR\",\"scalar\":{\"value\":4}}]"));

        assertTrue(error.getMessage().contains("JSON resources are read by the runtime"), error.getMessage());
    }

    @Test
    void refusesABadDefaultRole() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> Resources.parse("cpus:1", "a//b"));

        assertEquals("Bad default role: Role 'a//b' cannot contain two adjacent slashes", error.getMessage());
    }

    @Test
    void rangesParseOnTheirOwn() {
        assertEquals(Ranges.from(1, 3, 7, 9), Ranges.parse("[7-9, 1-3]"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Ranges.parse("[3]"));
        assertEquals("Bad value: '3' is not a range of non-negative integers", error.getMessage());
    }
}
