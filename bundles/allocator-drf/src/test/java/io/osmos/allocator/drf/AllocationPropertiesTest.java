package io.osmos.allocator.drf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever the master does, the allocator's books balance (free + held = total on every agent, and
 * the sorters hold what agents say) and every offer is legitimate: nothing offered twice, nothing to a
 * framework that is gone, inactive or suppressed in that role, nothing reserved for another role. The
 * test keeps its own account of the cluster ({@link ClusterModel}) to check each offer against.
 */
class AllocationPropertiesTest {
    sealed interface Op permits AddFramework, RemoveFramework, AddAgent, RemoveAgent, Recover, Suppress, Revive,
            ToggleFramework, ToggleAgent, Advance, SetQuota, SetWeight {
    }

    record AddFramework(int roleMask, boolean revocable) implements Op {
    }

    record RemoveFramework(int pick) implements Op {
    }

    record AddAgent(int cpus, int mem, int reservedFor, int seedFor) implements Op {
    }

    record RemoveAgent(int pick) implements Op {
    }

    record Recover(int pick, int filter) implements Op {
    }

    record Suppress(int pick, int roleMask) implements Op {
    }

    record Revive(int pick, int roleMask) implements Op {
    }

    record ToggleFramework(int pick) implements Op {
    }

    record ToggleAgent(int pick) implements Op {
    }

    record Advance(int seconds) implements Op {
    }

    record SetQuota(int role, int guarantee, int limit) implements Op {
    }

    record SetWeight(int role, int weight) implements Op {
    }

    @Property(tries = 200)
    void booksBalanceAndEveryOfferIsLegitimate(@ForAll("operations") List<Op> operations, @ForAll long seed)
            throws Exception {
        try (Harness harness = new Harness(Harness.options().build(), seed)) {
            ClusterModel model = new ClusterModel(harness);
            for (Op operation : operations) {
                model.apply(operation);
                for (RecordingCallback.Offered offered : harness.allocate()) {
                    model.offered(offered);
                }
                harness.assertInvariants();
            }
        }
    }

    /**
     * Skipping agents found quiet (and showing them only to frameworks that changed) is an
     * optimisation: an allocator that visits every agent in full on every run makes the same offers.
     */
    @Property(tries = 100)
    void skippingQuietAgentsChangesNoOffer(@ForAll("operations") List<Op> operations, @ForAll long seed)
            throws Exception {
        try (Harness fast = new Harness(Harness.options().build(), seed);
                Harness thorough = new Harness(Harness.options().build(), seed)) {
            thorough.visitEveryAgent();
            ClusterModel fastModel = new ClusterModel(fast);
            ClusterModel thoroughModel = new ClusterModel(thorough);
            for (Op operation : operations) {
                fastModel.apply(operation);
                thoroughModel.apply(operation);
                List<RecordingCallback.Offered> offers = fast.allocate();
                assertEquals(thorough.allocate(), offers, "after " + operation);
                for (RecordingCallback.Offered offered : offers) {
                    fastModel.offered(offered);
                    thoroughModel.offered(offered);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 99);
        Arbitrary<Integer> mask = Arbitraries.integers().between(0, 7);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.of(true, false))
                        .as(AddFramework::new)),
                Tuple.of(1, pick.map(RemoveFramework::new)),
                Tuple.of(3, Combinators.combine(Arbitraries.integers().between(1, 8),
                        Arbitraries.integers().between(64, 4096), Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(-1, 99)).as(AddAgent::new)),
                Tuple.of(1, pick.map(RemoveAgent::new)),
                Tuple.of(5, Combinators.combine(pick, Arbitraries.integers().between(0, 3)).as(Recover::new)),
                Tuple.of(1, Combinators.combine(pick, mask).as(Suppress::new)),
                Tuple.of(1, Combinators.combine(pick, mask).as(Revive::new)),
                Tuple.of(1, pick.map(ToggleFramework::new)),
                Tuple.of(1, pick.map(ToggleAgent::new)),
                Tuple.of(1, Arbitraries.integers().between(0, 4000).map(Advance::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 10)).as(SetQuota::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(1, 4)).as(SetWeight::new)));
        return op.list().ofMinSize(1).ofMaxSize(40);
    }
}
