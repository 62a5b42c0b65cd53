package io.osmos.allocator.random;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever the master does, the allocator's books balance and no resource is offered twice. The test
 * keeps its own account of what each framework holds ({@link ClusterModel}: seeds plus offers less
 * recoveries) and checks every offer against it: a resource offered twice would make an agent's
 * frameworks hold more than it has.
 */
class AllocationPropertiesTest {
    sealed interface Op permits AddFramework, RemoveFramework, AddAgent, RemoveAgent, Recover, Suppress, Revive,
            ToggleFramework, Advance {
    }

    record AddFramework(int roleMask) implements Op {
    }

    record RemoveFramework(int pick) implements Op {
    }

    record AddAgent(int cpus, int mem, int reserved, boolean seeded) implements Op {
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

    record Advance(int seconds) implements Op {
    }

    @Property(tries = 200)
    void booksBalanceAndNothingIsOfferedTwice(@ForAll("operations") List<Op> operations, @ForAll long seed)
            throws Exception {
        try (Harness harness = new Harness(seed)) {
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

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 99);
        Arbitrary<Integer> mask = Arbitraries.integers().between(0, 7);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 7).map(AddFramework::new)),
                Tuple.of(1, pick.map(RemoveFramework::new)),
                Tuple.of(3, Combinators.combine(Arbitraries.integers().between(1, 8),
                        Arbitraries.integers().between(64, 4096), Arbitraries.integers().between(0, 2),
                        Arbitraries.of(true, false)).as(AddAgent::new)),
                Tuple.of(1, pick.map(RemoveAgent::new)),
                Tuple.of(4, Combinators.combine(pick, Arbitraries.integers().between(0, 3)).as(Recover::new)),
                Tuple.of(1, Combinators.combine(pick, mask).as(Suppress::new)),
                Tuple.of(1, Combinators.combine(pick, mask).as(Revive::new)),
                Tuple.of(1, pick.map(ToggleFramework::new)),
                Tuple.of(1, Arbitraries.integers().between(0, 4000).map(Advance::new)));
        return op.list().ofMinSize(1).ofMaxSize(40);
    }
}
