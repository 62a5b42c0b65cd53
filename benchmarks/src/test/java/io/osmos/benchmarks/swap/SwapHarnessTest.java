package io.osmos.benchmarks.swap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The swap benchmark at a small size, for what it checks rather than how fast: after every swap between
 * the real {@code random} and {@code hierarchical} allocators, with tasks running and the free rest of
 * every agent held in offers, nothing is offered twice, no offer dangles, and the whole cluster is used
 * or offered again, with the new allocator counting all of it as held.
 */
class SwapHarnessTest {
    @Test
    void everySwapBetweenTheRealAllocatorsKeepsTheBooksBalanced() throws Exception {
        SwapHarness.Size size = new SwapHarness.Size(40, 4, 400, 4);
        List<SwapRound> rounds = SwapHarness.run(size, line -> { });
        assertEquals(4, rounds.size());
        for (SwapRound round : rounds) {
            Books books = round.books();
            assertTrue(books.balanced() && books.unfilled() == 0, round.line());
            assertEquals(40, books.offers(), "one offer holds the free rest of each agent: " + round.line());
            assertEquals(40 * (24 - 10), books.offeredCpus(), 1e-9, round.line());
        }
        assertEquals(List.of("hierarchical", "random", "hierarchical", "random"),
                rounds.stream().map(SwapRound::to).toList());
    }
}
