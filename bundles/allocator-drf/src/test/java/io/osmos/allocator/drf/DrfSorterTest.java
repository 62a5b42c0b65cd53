package io.osmos.allocator.drf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The DRF sorter on its own: order, ties, nesting, weights, activation and walks that allocate. */
class DrfSorterTest {
    private final ResourceNames names = new ResourceNames();
    private final Shares shares = new Shares(names, Set.of());
    private final DrfSorter<String> sorter = new DrfSorter<>(shares);

    private Quantities cpus(double amount) {
        Quantities quantities = new Quantities();
        quantities.set(names.number("cpus"), Math.round(amount * 1000));
        return quantities;
    }

    private void add(String... clients) {
        for (String client : clients) {
            sorter.add(client, client);
            sorter.activate(client);
        }
    }

    private List<String> order() {
        List<String> order = new ArrayList<>();
        sorter.walk(order::add);
        return order;
    }

    @Test
    void smallerSharesComeFirstAndTiesGoByCountThenName() {
        shares.add(cpus(10));
        add("c", "b", "a");
        assertEquals(List.of("a", "b", "c"), order(), "equal shares and counts: by name");
        sorter.allocated("a", cpus(2));
        sorter.allocated("b", cpus(1));
        assertEquals(List.of("c", "b", "a"), order());
        sorter.allocated("c", cpus(1));
        sorter.unallocated("b", cpus(1));
        sorter.allocated("b", cpus(1));
        // b and c hold 1 each; b was allocated twice, c once.
        assertEquals(List.of("c", "b", "a"), order());
    }

    @Test
    void aParentIsSortedByItsSubtreeAndItsOwnClientSitsBesideItsChildren() {
        shares.add(cpus(10));
        add("a/b", "a/c", "d");
        sorter.allocated("a/b", cpus(3));
        sorter.allocated("d", cpus(2));
        assertEquals(List.of("d", "a/c", "a/b"), order(), "a holds 3 in total, d holds 2");

        add("a");
        sorter.allocated("a", cpus(1));
        // Under a: a/c (0) before a's own client (1) before a/b (3); a (4) comes after d (2).
        assertEquals(List.of("d", "a/c", "a", "a/b"), order());

        sorter.unallocated("a/b", cpus(3));
        sorter.remove("a/b");
        sorter.remove("a/c");
        assertEquals(List.of("a", "d"), order(), "a is a plain client again, holding 1");
    }

    @Test
    void weightsDivideTheShare() {
        shares.add(cpus(10));
        add("heavy", "light");
        sorter.updateWeight("heavy", 4.0);
        sorter.allocated("heavy", cpus(4));
        sorter.allocated("light", cpus(2));
        assertEquals(List.of("heavy", "light"), order(), "0.4 / 4 is less than 0.2 / 1");
    }

    @Test
    void inactiveClientsAreNotWalkedButKeepTheirAllocation() {
        shares.add(cpus(10));
        add("a", "b");
        sorter.allocated("a", cpus(5));
        sorter.deactivate("a");
        assertEquals(List.of("b"), order());
        sorter.activate("a");
        assertEquals(List.of("b", "a"), order());
        assertEquals(cpus(5), sorter.totalAllocation());
    }

    @Test
    void aWalkVisitsEveryClientOnceInTheOrderItBeganWithWhileAllocating() {
        shares.add(cpus(100));
        add("a", "b", "c", "d");
        List<String> visited = new ArrayList<>();
        sorter.walk(client -> {
            visited.add(client);
            sorter.allocated(client, cpus(10 - visited.size()));
            return true;
        });
        assertEquals(List.of("a", "b", "c", "d"), visited);
        assertEquals(List.of("d", "c", "b", "a"), order(), "the next walk sees the new shares");
    }

    @Test
    void aNewClusterTotalReordersShares() {
        Quantities mem = new Quantities();
        mem.set(names.number("mem"), 1000);
        shares.add(cpus(10));
        shares.add(mem);
        add("cpu-heavy", "mem-heavy");
        sorter.allocated("cpu-heavy", cpus(5));
        Quantities half = new Quantities();
        half.set(names.number("mem"), 400);
        sorter.allocated("mem-heavy", half);
        assertEquals(List.of("mem-heavy", "cpu-heavy"), order(), "0.4 of memory before 0.5 of cpus");
        shares.add(cpus(10));
        assertEquals(List.of("cpu-heavy", "mem-heavy"), order(), "0.25 of cpus now, still 0.4 of memory");
    }

    @Test
    void aWalkPassesByTheClientsWhoseBitIsSetForTheirKindAndOnlyThose() {
        shares.add(cpus(10));
        add("a", "b", "c", "d", "e/f");
        sorter.tag("a", 0 << 3 | 1);
        sorter.tag("b", 1 << 3 | 2);
        sorter.tag("c", 70 << 3 | 1);
        sorter.tag("d", 3 << 3 | 1);
        sorter.tag("e/f", 4 << 3 | 1);
        sorter.tag("c", 2 << 3 | 1); // re-tagged while in the order: the new tag counts
        long[] kindOne = {1L << 2 | 1L << 4};  // c and e/f, by their bits
        long[] kindTwo = {1L << 1};            // b, but b is of kind 2: passed by too
        List<String> visited = new ArrayList<>();
        sorter.walk(client -> visited.add(client), kind -> kind == 1 ? kindOne : kind == 2 ? kindTwo : null);
        assertEquals(List.of("a", "d"), visited, "c, e/f (nested) and b were passed by");

        visited.clear();
        sorter.walk(client -> visited.add(client), kind -> null);
        assertEquals(List.of("a", "b", "c", "d", "e/f"), visited, "nothing known refused: all are visited");
    }

    @Test
    void tiesGoByPathWhetherClientsAreSiblingsOrNot() {
        shares.add(cpus(10));
        add("m", "b/z", "b/a", "c/a", "a");
        // Added out of order: siblings tie by name, and clients under different parents by full path.
        assertEquals(List.of("a", "b/a", "b/z", "c/a", "m"), order());
        assertEquals(-1, Integer.signum(sorter.compare("b/z", "c/a")), "b/z before c/a");
        assertEquals(1, Integer.signum(sorter.compare("m", "b/a")), "m after b/a");
        assertEquals(-1, Integer.signum(sorter.compare("b/a", "b/z")), "siblings: a before z");
        sorter.allocated("b/a", cpus(1));
        assertEquals(1, Integer.signum(sorter.compare("b/a", "c/a")), "a larger share comes after");
    }
}
