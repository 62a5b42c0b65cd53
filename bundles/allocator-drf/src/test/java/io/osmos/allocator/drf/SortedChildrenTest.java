package io.osmos.allocator.drf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sorted ring of a sorter node's children against a plain list sorted the slow way: after every
 * add, remove, move (an allocation: out, new key, back in), retag and re-key, both must hold the same
 * members in the same order, with the same tags, and agree where a key would go.
 */
class SortedChildrenTest {
    private final SortNode<String> parent = new SortNode<>("", null, true);
    private final Random random = new Random(42);
    private final SortedChildren<String> order = new SortedChildren<>();
    private final List<SortNode<String>> expected = new ArrayList<>();
    private int nextRank;

    private SortNode<String> node() {
        SortNode<String> node = new SortNode<>("c" + nextRank, parent, false);
        node.rank = nextRank++;
        node.share = random.nextInt(8) / 8.0; // few distinct shares: ties go to the count and the rank
        node.count = random.nextInt(3);
        node.tag = random.nextInt(100);
        return node;
    }

    private void check(String after) {
        expected.sort(SortNode.DRF);
        assertEquals(expected.size(), order.size(), after);
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), order.get(i), after + ": member " + i);
            assertEquals(expected.get(i).tag, order.tag(i), after + ": tag " + i);
        }
        SortNode<String> probe = node();
        int place = 0;
        while (place < expected.size() && SortNode.DRF.compare(expected.get(place), probe) <= 0) {
            place++;
        }
        assertEquals(place, order.after(probe.share, probe.count, probe.rank), after + ": place of " + probe);
    }

    @Test
    void staysInOrderThroughAddsRemovesMovesAndRetagsAroundTheRing() {
        for (int step = 0; step < 5_000; step++) {
            int what = expected.size() < 3 ? 0 : random.nextInt(10);
            if (what < 3) {
                SortNode<String> node = node();
                order.add(node);
                expected.add(node);
                check("add at step " + step);
            } else if (what < 5) {
                SortNode<String> node = expected.remove(random.nextInt(expected.size()));
                order.remove(node);
                check("remove at step " + step);
            } else if (what < 9) {
                // An allocation: mostly the front member moves towards the back, as in a run.
                SortNode<String> node = expected.get(what < 8 ? 0 : random.nextInt(expected.size()));
                order.remove(node);
                node.share += random.nextInt(3) / 8.0;
                node.count++;
                order.add(node);
                check("move at step " + step);
            } else {
                SortNode<String> node = expected.get(random.nextInt(expected.size()));
                node.tag = random.nextInt(100);
                order.retag(node);
                check("retag at step " + step);
            }
        }
    }

    @Test
    void takesUpKeysChangedInPlace() {
        for (int i = 0; i < 40; i++) {
            SortNode<String> node = node();
            order.add(node);
            expected.add(node);
        }
        // As a new cluster total does: every share changes on the nodes, then the order is told.
        for (SortNode<String> node : expected) {
            node.share = random.nextInt(8) / 8.0;
        }
        order.rekey();
        check("rekey");
        // A node whose key moved behind the order's back is still found and removed.
        SortNode<String> moved = expected.remove(7);
        moved.count += 5;
        order.remove(moved);
        check("remove after rekey");
    }

    @Test
    void isBuiltFromUnsortedMembers() {
        List<SortNode<String>> members = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            members.add(node());
        }
        SortedChildren<String> built = SortedChildren.of(members);
        expected.addAll(members);
        expected.sort(SortNode.DRF);
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), built.get(i));
        }
    }
}
