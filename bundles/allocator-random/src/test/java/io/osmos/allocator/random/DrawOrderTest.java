package io.osmos.allocator.random;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.WeightInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who comes first on an agent, over many agents: roles in proportion to their weights, and the
 * frameworks of a role evenly, as Mesos's random sorter shuffles for every agent. Each agent here is
 * taken whole by the first candidate it is shown, so the tally of offers is the tally of first places.
 */
class DrawOrderTest {
    private static final int AGENTS = 3000;

    @Test
    void rolesComeFirstInProportionToTheirWeightAndFrameworksEvenly() throws Exception {
        try (Harness harness = new Harness(5)) {
            harness.allocator.updateWeights(List.of(WeightInfo.newBuilder().setRole("heavy").setWeight(2).build()));
            harness.addFramework("h1", "heavy");
            harness.addFramework("h2", "heavy");
            harness.addFramework("light", "light");
            harness.allocator.pause(); // one run over all the agents
            for (int i = 0; i < AGENTS; i++) {
                harness.addAgent("a" + i, "cpus:1;mem:512");
            }
            harness.allocator.resume();
            Map<String, Integer> firsts = new HashMap<>();
            for (RecordingCallback.Offered offer : harness.allocate()) {
                firsts.merge(offer.framework(), 1, Integer::sum);
            }
            int heavy = firsts.getOrDefault("h1", 0) + firsts.getOrDefault("h2", 0);
            assertTrue(heavy + firsts.getOrDefault("light", 0) == AGENTS, "every agent offered once: " + firsts);
            double heavyShare = heavy / (double) AGENTS;
            assertTrue(heavyShare > 0.62 && heavyShare < 0.72, "weight 2 of 3 comes first about 2/3 of the time: "
                    + firsts);
            double h1Share = firsts.getOrDefault("h1", 0) / (double) heavy;
            assertTrue(h1Share > 0.45 && h1Share < 0.55, "the frameworks of a role take turns evenly: " + firsts);
        }
    }
}
