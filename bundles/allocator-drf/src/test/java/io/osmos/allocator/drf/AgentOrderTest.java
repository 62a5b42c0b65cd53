package io.osmos.allocator.drf;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A run visits agents in random order, as Mesos shuffles them. Two frameworks of one role with equal
 * shares take turns, so which agents the first one gets tells the order the run visited them in.
 */
class AgentOrderTest {

    private static Set<String> firstFrameworksAgents(long seed) throws Exception {
        try (Harness h = new Harness(Harness.options().build(), seed)) {
            h.addFramework("f1", "web");
            h.addFramework("f2", "web");
            h.allocator.pause(); // one run over all ten agents, not one as each arrives
            for (int i = 0; i < 10; i++) {
                h.addAgent("a" + i, "cpus:1;mem:512");
            }
            h.allocator.resume();
            Set<String> agents = new TreeSet<>();
            for (RecordingCallback.Offered offer : h.allocate()) {
                if (offer.framework().equals("f1")) {
                    agents.add(offer.agent());
                }
            }
            return agents;
        }
    }

    @Test
    void agentsAreVisitedInAnOrderDrawnForTheRunNotTheOrderTheyCameIn() throws Exception {
        Set<String> inArrivalOrder = Set.of("a0", "a2", "a4", "a6", "a8");
        Set<Set<String>> seen = new HashSet<>();
        for (long seed = 1; seed <= 6; seed++) {
            Set<String> agents = firstFrameworksAgents(seed);
            assertTrue(agents.size() == 5, "the two frameworks take turns: " + agents);
            seen.add(agents);
        }
        assertTrue(seen.size() > 1, "different draws visit agents in different orders: " + seen);
        seen.remove(inArrivalOrder);
        assertNotEquals(Set.of(), seen, "not always the order of arrival");
    }
}
