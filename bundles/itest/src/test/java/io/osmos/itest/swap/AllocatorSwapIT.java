package io.osmos.itest.swap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.osmos.itest.support.Await;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The live swap on a real cluster from the distribution (a master with both built-in allocators, two
 * agents, three frameworks speaking the v1 scheduler API): while the frameworks keep launching and
 * finishing short tasks, the allocator is swapped between {@code random} and {@code hierarchical} 20
 * times through {@code POST /allocator}. After each swap the books are checked through {@code /state},
 * {@code /metrics/snapshot} and the frameworks' own event streams (see {@link SwapChecks}); at the end
 * every task launched has finished and the whole cluster is offered again.
 */
class AllocatorSwapIT {
    static final int SWAPS = 20;
    private static final Duration SETTLE = Duration.ofSeconds(30);

    @RegisterExtension
    static final SwapCluster CLUSTER = new SwapCluster();

    private List<SwapFramework> frameworks = List.of();

    @BeforeEach
    void subscribe() {
        frameworks = SwapFramework.subscribeAll(3, CLUSTER.master().port());
    }

    @AfterEach
    void teardown() {
        frameworks.forEach(SwapFramework::close);
    }

    @Test
    void swappingBackAndForthWhileTasksRunLosesNoTaskAndNoOffer() {
        MasterApi master = CLUSTER.master();
        SwapChecks checks = new SwapChecks(master, frameworks);
        frameworks.forEach(SwapFramework::busy);
        String inUse = master.allocator().allocator();
        for (int swap = 1; swap <= SWAPS; swap++) {
            int launchedBefore = checks.launched();
            Await.value("tasks to be launched before swap " + swap, SETTLE,
                    () -> checks.launched() >= launchedBefore + frameworks.size() ? Optional.of(true) : Optional.empty());
            // Two frameworks hold what they are offered now; the third keeps launching through the swap.
            SwapFramework stillBusy = frameworks.get(swap % frameworks.size());
            frameworks.stream().filter(f -> f != stillBusy).forEach(SwapFramework::hold);
            Set<String> before = checks.awaitSomeHeldOffers("offers from '" + inUse + "' before swap " + swap);

            String next = inUse.equals("random") ? "hierarchical" : "random";
            MasterApi.Answer answer = master.swap(next);
            assertEquals(200, answer.status(), "swap " + swap + ": " + answer.body());
            JsonObject swapped = answer.json();
            assertEquals(next, swapped.get("allocator").getAsString(), answer.body());
            assertEquals(inUse, swapped.get("previous").getAsString(), answer.body());
            assertTrue(swapped.get("pause_ms").getAsDouble() >= 0, answer.body());
            stillBusy.hold();

            checks.afterSwap(swap, next, before);
            inUse = next;
            frameworks.forEach(SwapFramework::busy);
        }
        frameworks.forEach(SwapFramework::hold);
        checks.allTasksFinished(SETTLE.multipliedBy(2));
        checks.wholeClusterOfferedAgain(SETTLE);
        assertTrue(checks.launched() >= SWAPS * frameworks.size(), "tasks launched: " + checks.launched());
        assertEquals(SWAPS, master.metrics().get("allocator/swaps").getAsLong() - checks.swapsAtStart());
        checks.noProblems();
        System.out.printf("%d swaps; %d tasks launched, all finished; the last swap paused allocation %s ms%n",
                SWAPS, checks.launched(), master.metrics().get("allocator/swap_pause_ms"));
    }

    @Test
    void aSwapToANameNoAllocatorHasIsRefusedAndNothingChanges() {
        MasterApi master = CLUSTER.master();
        MasterApi.AllocatorState before = master.allocator();
        long swaps = master.metrics().get("allocator/swaps").getAsLong();
        MasterApi.Answer answer = master.swap("no-such-allocator");
        assertEquals(409, answer.status(), answer.body());
        assertTrue(answer.body().startsWith("No allocator named 'no-such-allocator' is registered"), answer.body());
        assertEquals(before, master.allocator());
        assertEquals(before.allocator(), master.state().allocatorInUse);
        assertEquals(swaps, master.metrics().get("allocator/swaps").getAsLong());
        assertEquals(400, master.swap(" ").status(), "a blank name is not a name");

        // Offers still flow from the allocator in use.
        SwapFramework framework = frameworks.get(0);
        framework.hold();
        Set<String> held = Await.value("an offer after the refused swap", SETTLE, () -> {
            Set<String> ids = framework.heldOfferIds();
            return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
        });
        String offer = held.iterator().next();
        assertEquals(202, framework.accept(offer));
        Await.value("the task launched after the refused swap to finish", SETTLE, () -> framework.tasks().values()
                .stream().anyMatch("TASK_FINISHED"::equals) ? Optional.of(true) : Optional.empty());
    }
}
