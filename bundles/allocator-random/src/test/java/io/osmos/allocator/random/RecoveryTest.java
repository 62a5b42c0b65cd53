package io.osmos.allocator.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** After a master failover with quota set, offers wait for the agents to come back, as in Mesos. */
class RecoveryTest {
    private static final Map<String, QuotaConfig> QUOTA = Map.of("web", QuotaConfig.newBuilder().setRole("web")
            .putGuarantees("cpus", Value.Scalar.newBuilder().setValue(2).build()).build());

    @Test
    void offersWaitUntilEnoughAgentsReregister() throws Exception {
        AllocatorOptions options = Harness.options(Harness.NO_TIMER).toBuilder().agentRecoveryFactor(1.0).build();
        try (Harness harness = new Harness(1, options)) {
            harness.allocator.recover(2, QUOTA);
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            assertEquals(List.of(), harness.allocate(), "one of two agents is back");

            harness.addAgent("a2", "cpus:4;mem:1024");
            assertEquals(2, harness.allocate().size());
        }
    }

    @Test
    void offersStartWhenTheRecoveryTimeoutPasses() throws Exception {
        AllocatorOptions options = Harness.options(Harness.NO_TIMER).toBuilder()
                .recoveryTimeout(Duration.ofMillis(100)).build();
        try (Harness harness = new Harness(2, options)) {
            harness.allocator.recover(10, QUOTA);
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            assertEquals("a1", harness.callback.next(Harness.WAIT).agent());
        }
    }

    @Test
    void withoutQuotaThereIsNothingToWaitFor() throws Exception {
        try (Harness harness = new Harness(3)) {
            harness.allocator.recover(10, Map.of());
            harness.addFramework("f1", "web");
            harness.addAgent("a1", "cpus:4;mem:1024");
            assertEquals(1, harness.allocate().size());
        }
    }
}
