package io.osmos.benchmarks.allocator;

import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Mesos's "DeclineOffers" benchmark for the hierarchical allocator: the time of one allocation run
 * once every framework has declined every agent with a filter that never lapses (Mesos: 1.06 s at
 * 10,000 agents and 1,000 frameworks). The setup drives the cluster there, round by round, as Mesos
 * does; it takes minutes at the larger sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx12g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DeclineOffersBenchmark {
    @Param({"1000", "10000"})
    public int agents;

    @Param({"1", "100", "1000"})
    public int frameworks;

    private DeclineOffersCluster cluster;
    private FrameworkID reconnecting;
    private int guarantee;

    @Setup(Level.Trial)
    public void declineEverything() throws Exception {
        cluster = new DeclineOffersCluster();
        cluster.addFrameworks(frameworks);
        cluster.addAgents(agents);
        cluster.settle();
        DeclineOffersCluster.DeclinePhase phase = cluster.declineEverything();
        reconnecting = cluster.frameworks.get(0);
        System.out.printf("%n%d agents, %d frameworks: every offer declined after %d rounds; allocation runs"
                + " meanwhile took %.2f ms on average, %.2f ms at most%n", agents, frameworks, phase.rounds(),
                phase.meanRoundMillis(), phase.longestRoundMillis());
    }

    /** The allocator's own figure for its last run, without the events before it: it tells the two apart. */
    @TearDown(Level.Iteration)
    public void reportLastRun() {
        System.out.printf(" (last run %.2f ms)", cluster.allocator.metrics().get("allocator/mesos/allocation_run_ms")
                .doubleValue());
    }

    @TearDown(Level.Trial)
    public void close() {
        cluster.close();
    }

    /** The round Mesos measures: nothing is offered, because everything was declined for good. */
    @Benchmark
    public int declinedRound() throws Exception {
        return cluster.allocate();
    }

    /**
     * A quota guarantee changes first (on a role nobody uses). That moves the headroom held back from
     * everyone, so no agent counts as quiet; but quota only ever cuts offers, so agents that every
     * framework refused in full at an earlier visit are still passed by.
     */
    @Benchmark
    public int roundAfterAQuotaChange() throws Exception {
        changeQuota();
        return cluster.allocate();
    }

    /**
     * A quota guarantee changes and a framework reconnects first: no agent is quiet, but on agents every
     * framework refused in full, only the reconnected framework needs a look.
     */
    @Benchmark
    public int roundAfterAQuotaChangeAndAReconnect() throws Exception {
        changeQuota();
        cluster.allocator.activateFramework(reconnecting);
        return cluster.allocate();
    }

    /**
     * Every agent re-registers first, unchanged. Each must then be looked at afresh by every framework,
     * whose filters still hold it all back: the work Mesos does in every round, and the worst case
     * here. The time includes handling the ten thousand re-registrations.
     */
    @Benchmark
    public int roundAfterEveryAgentReregistered() throws Exception {
        cluster.reregisterAgents();
        return cluster.allocate();
    }

    private void changeQuota() {
        guarantee = guarantee == 1 ? 2 : 1;
        Value.Scalar cpus = Value.Scalar.newBuilder().setValue(guarantee).build();
        cluster.allocator.updateQuota("elsewhere", QuotaConfig.newBuilder().setRole("elsewhere")
                .putGuarantees("cpus", cpus).putLimits("cpus", cpus).build());
    }

    /**
     * A framework reconnects first. Agents that everyone refused need a look again, but only by that
     * framework, which refused them too.
     */
    @Benchmark
    public int roundAfterAReconnect() throws Exception {
        cluster.allocator.activateFramework(reconnecting);
        return cluster.allocate();
    }
}
