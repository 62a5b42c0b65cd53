package io.osmos.benchmarks.allocator;

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
 * Adding agents to the hierarchical allocator, as in Mesos's "DeclineOffers" setup (Mesos: 1.61 s for
 * 10,000 agents with 1,000 frameworks): each agent arrives with part of it used by a framework. One
 * operation adds all the agents to a fresh allocator and waits until it has handled them and run once,
 * which offers every agent's free part.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class AddAgentsBenchmark {
    @Param({"10000"})
    public int agents;

    @Param({"1000"})
    public int frameworks;

    private DeclineOffersCluster cluster;

    @Setup(Level.Iteration)
    public void subscribeFrameworks() throws Exception {
        cluster = new DeclineOffersCluster();
        cluster.addFrameworks(frameworks);
    }

    @TearDown(Level.Iteration)
    public void close() {
        cluster.close();
    }

    /** Adding the agents and the first run that offers them. */
    @Benchmark
    public int addAgentsAndAllocate() throws Exception {
        cluster.addAgents(agents);
        return cluster.allocate();
    }

    /** Adding the agents only: the allocator's books, without offers. */
    @Benchmark
    public void addAgents() throws Exception {
        cluster.allocator.pause();
        cluster.addAgents(agents);
        cluster.settle();
    }
}
