package io.osmos.api.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResourcesArithmeticTest {
    private static Resources r(String text) {
        return Resources.parse(text);
    }

    @Test
    void plusMergesSameKindAndKeepsOtherKindsApart() {
        Resources sum = r("cpus:1;mem:512").plus(r("cpus:2;cpus(web):1;cpus{REV}:0.5"));

        assertEquals(r("cpus:3;mem:512;cpus(web):1;cpus{REV}:0.5"), sum);
        assertEquals(3, sum.unreserved().nonRevocable().cpus());
        assertEquals(4.5, sum.cpus());
        assertEquals(4, sum.size());
    }

    @Test
    void fixedPointMakesDecimalArithmeticExact() {
        Resources left = r("cpus:0.1").plus(r("cpus:0.2")).minus(r("cpus:0.3"));

        assertTrue(left.isEmpty(), "0.1 + 0.2 - 0.3 leaves nothing, got " + left);
        assertEquals(0.3, r("cpus:0.1").plus(r("cpus:0.2")).cpus());
    }

    @Test
    void minusNeverGoesNegative() {
        assertEquals(r("mem:100"), r("cpus:1;mem:100").minus(r("cpus:5")));
        assertTrue(r("cpus:1").minus(r("cpus:1")).isEmpty());
    }

    @Test
    void minusOnlyTakesFromTheSameKind() {
        Resources held = r("cpus:4;cpus(web):2");

        assertEquals(r("cpus:4;cpus(web):1"), held.minus(r("cpus(web):1")));
        assertEquals(held, held.minus(r("cpus(db):1")), "nothing reserved to db to take");
        assertEquals(held, held.minus(r("cpus{REV}:1")), "revocable cpus are another kind");
        assertEquals(held, held.minus(r("cpus(allocated: web):1")), "allocated cpus are another kind");
    }

    @Test
    void rangesSubtractionSplitsRanges() {
        Resources left = r("ports:[31000-32000]").minus(r("ports:[31000-31000, 31500-31599, 32000-32000]"));

        assertEquals("ports:[31001-31499, 31600-31999]", left.toString());
        assertEquals(r("ports:[1-10]"), r("ports:[1-4]").plus(r("ports:[5-10]")));
    }

    @Test
    void setsSubtractItemByItem() {
        assertEquals(r("zones:{a, c}"), r("zones:{a,b,c}").minus(r("zones:{b,d}")));
        assertEquals(r("zones:{a,b,c,d}"), r("zones:{a,b}").plus(r("zones:{b,c,d}")));
    }

    @Test
    void containsNeedsEveryKindInFull() {
        Resources agent = r("cpus:4;mem:1024;cpus(web):2;ports:[31000-32000]");

        assertTrue(agent.contains(r("cpus:4;mem:1024")));
        assertTrue(agent.contains(r("cpus(web):2;ports:[31000-31010, 31999-32000]")));
        assertTrue(agent.contains(Resources.EMPTY));
        assertFalse(agent.contains(r("cpus:5")));
        assertFalse(agent.contains(r("cpus(web):3")), "unreserved cpus do not make up for reserved ones");
        assertFalse(agent.contains(r("ports:[30999-31000]")));
        assertFalse(agent.contains(r("gpus:1")));
        assertFalse(Resources.EMPTY.contains(r("cpus:0.001")));
    }

    @Test
    void equalityIgnoresOrderAndHowAmountsWereReached() {
        Resources one = r("cpus:1;mem:2;ports:[1-2];zones:{a,b};cpus(web):3");
        Resources two = r("zones:{b};cpus(web):3;ports:[2-2, 1-1];mem:1;mem:1;zones:{a};cpus:0.5;cpus:0.5");

        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertNotEquals(one, two.plus(r("cpus:0.001")));
        assertNotEquals(r("cpus:1"), r("cpus(web):1"));
        assertNotEquals(r("cpus:1"), r("mem:1"));
    }

    @Test
    void emptyOperandsReturnTheSameInstance() {
        Resources agent = r("cpus:1");

        assertSame(agent, agent.plus(Resources.EMPTY));
        assertSame(agent, agent.minus(Resources.EMPTY));
        assertSame(agent, Resources.EMPTY.plus(agent));
        assertSame(agent, agent.unreserved());
    }

    @Test
    void orderOfFirstAppearanceIsKeptInText() {
        Resources agent = r("mem:1;cpus:2;disk:3");

        assertEquals("mem:1; cpus:2; disk:3", agent.toString());
        assertEquals("mem:1; disk:3", agent.minus(r("cpus:2")).toString());
    }

    @Test
    void scalarTotalsSumEveryReservation() {
        Resources mixed = r("cpus:1;cpus(a):2;cpus(b){REV}:0.25;mem(a):64;ports:[1-2]");

        assertEquals(java.util.Map.of("cpus", 3.25, "mem", 64.0), mixed.scalarTotals());
        assertEquals(0.0, mixed.gpus());
        assertEquals(Ranges.EMPTY, mixed.ranges("nothing"));
        assertTrue(mixed.set("nothing").isEmpty());
    }
}
