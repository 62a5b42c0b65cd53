package io.osmos.itest.swap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.osmos.itest.support.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What must hold after every swap, checked through what users see: the master's {@code /state}, its
 * {@code /metrics/snapshot} (the new allocator's own books) and the frameworks' event streams. The
 * rules that may never break are asserted on every read; the ones that need the cluster to settle
 * (events in flight, tasks finishing) are awaited within a bound.
 */
final class SwapChecks {
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final double EPSILON = 1e-6;

    private final MasterApi master;
    private final List<SwapFramework> frameworks;
    private final long swapsAtStart;

    SwapChecks(MasterApi master, List<SwapFramework> frameworks) {
        this.master = master;
        this.frameworks = frameworks;
        this.swapsAtStart = master.metrics().get("allocator/swaps").getAsLong();
    }

    long swapsAtStart() {
        return swapsAtStart;
    }

    int launched() {
        return frameworks.stream().mapToInt(framework -> framework.tasks().size()).sum();
    }

    /** Waits until the frameworks hold at least one offer; returns every offer they hold. */
    Set<String> awaitSomeHeldOffers(String what) {
        return Await.value(what, SETTLE, () -> {
            Set<String> held = heldOffers();
            return held.isEmpty() ? Optional.empty() : Optional.of(held);
        });
    }

    /**
     * With every framework holding: the books balance, the frameworks hold exactly the offers the master
     * has outstanding for them, the offers made before the swap are among them, every free resource is
     * offered and the new allocator counts the whole cluster as offered or allocated; then each framework
     * launches a task on one offer (one from before the swap where it has one) and declines the rest.
     */
    void afterSwap(int swap, String allocator, Set<String> heldBefore) {
        String what = "the cluster to settle after swap " + swap + " to '" + allocator + "'";
        ClusterState settled = Await.value(what, SETTLE, () -> {
            ClusterState state = checkedState(swap);
            boolean frameworksAgree = frameworks.stream().allMatch(framework ->
                    framework.heldOfferIds().equals(state.offerIds(framework.frameworkId())));
            return frameworksAgree && state.allUsedOrOffered() && allocatorCountsAll(state)
                    ? Optional.of(state) : Optional.empty();
        });
        assertEquals(allocator, settled.allocatorInUse, "the allocator in use after swap " + swap);
        Set<String> outstanding = new HashSet<>();
        settled.offers.forEach(offer -> outstanding.add(offer.id()));
        assertTrue(outstanding.containsAll(heldBefore), "swap " + swap + ": offers made before the swap are still"
                + " outstanding: before " + heldBefore + ", now " + outstanding);
        for (SwapFramework framework : frameworks) {
            Set<String> held = framework.heldOfferIds();
            String launchOn = held.stream().filter(heldBefore::contains).findFirst()
                    .orElse(held.stream().findFirst().orElse(null));
            for (String offer : held) {
                int status = offer.equals(launchOn) ? framework.accept(offer) : framework.decline(offer);
                assertEquals(202, status, "swap " + swap + ": " + framework.name() + (offer.equals(launchOn)
                        ? " accepting " : " declining ") + offer + (heldBefore.contains(offer) ? ", made before the swap" : ""));
            }
        }
    }

    /** Waits until every task launched is over; all must have finished. */
    void allTasksFinished(Duration timeout) {
        Await.value("every task launched to end", timeout, () -> frameworks.stream().allMatch(framework ->
                framework.tasks().values().stream().allMatch(SwapChecks::terminal)) ? Optional.of(true) : Optional.empty());
        for (SwapFramework framework : frameworks) {
            assertEquals(List.of(), notIn(framework.tasks(), "TASK_FINISHED"),
                    framework.name() + ": tasks that did not finish");
        }
    }

    /** With no task left, the whole cluster is offered; declined, it is offered again. */
    void wholeClusterOfferedAgain(Duration timeout) {
        for (int round = 1; round <= 2; round++) {
            ClusterState state = Await.value("the whole cluster to be offered (round " + round + ")", timeout, () -> {
                ClusterState now = checkedState(0);
                return now.used("cpus") < EPSILON && now.allUsedOrOffered() && allocatorCountsAll(now)
                        && heldOffers().equals(outstandingFor(now)) ? Optional.of(now) : Optional.empty();
            });
            assertEquals(state.total("cpus"), state.offered("cpus"), EPSILON);
            for (SwapFramework framework : frameworks) {
                framework.heldOfferIds().forEach(offer -> assertEquals(202, framework.decline(offer)));
            }
        }
    }

    void noProblems() {
        for (SwapFramework framework : frameworks) {
            assertEquals(List.of(), framework.problems(), framework.name());
        }
    }

    /** /state, failing at once on a rule that may never break, whatever is in flight. */
    private ClusterState checkedState(int swap) {
        ClusterState state = master.state();
        assertEquals(List.of(), state.violations(), "the master's books after swap " + swap);
        return state;
    }

    // The allocator's own gauges (refreshed after each of its allocation runs) agree with the master.
    private boolean allocatorCountsAll(ClusterState state) {
        JsonObject metrics = master.metrics();
        return near(metrics.get("allocator/mesos/resources/cpus/total"), state.total("cpus"))
                && near(metrics.get("allocator/mesos/resources/cpus/offered_or_allocated"),
                state.used("cpus") + state.offered("cpus"));
    }

    private Set<String> heldOffers() {
        Set<String> held = new HashSet<>();
        frameworks.forEach(framework -> held.addAll(framework.heldOfferIds()));
        return held;
    }

    private static boolean near(JsonElement gauge, double expected) {
        return gauge != null && Math.abs(gauge.getAsDouble() - expected) < EPSILON;
    }

    private static boolean terminal(String state) {
        return !state.equals("LAUNCHED") && !state.equals("TASK_STAGING") && !state.equals("TASK_STARTING")
                && !state.equals("TASK_RUNNING");
    }

    /** Tasks whose state is not {@code wanted}, as "id=state". */
    private static List<String> notIn(Map<String, String> states, String wanted) {
        List<String> ids = new ArrayList<>();
        states.forEach((id, state) -> {
            if (!state.equals(wanted)) {
                ids.add(id + "=" + state);
            }
        });
        return ids;
    }

    private Set<String> outstandingFor(ClusterState state) {
        Set<String> all = new HashSet<>();
        frameworks.forEach(framework -> all.addAll(state.offerIds(framework.frameworkId())));
        return all;
    }
}
