package io.osmos.benchmarks.swap;

import io.osmos.master.core.Master;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * How long an allocator swap pauses allocation on a big cluster (issue 6: 10,000 agents, 1,000
 * frameworks, 100,000 tasks, at most 50 ms). Each iteration is one swap between the real
 * {@code random} and {@code hierarchical} allocators, timed from the swap's start until the new
 * allocator has worked through its seed and finished its first allocation run over the whole cluster.
 * After each swap (untimed) the master's books must balance once the cluster settles, or the trial
 * fails; the master's hand-over and the seed are printed per swap, and a summary at the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
@Warmup(iterations = 10)
@Measurement(iterations = 20)
public class AllocatorSwapBenchmark {
    @Param("10000")
    public int agents;

    @Param("1000")
    public int frameworks;

    @Param("100000")
    public int tasks;

    private Master master;
    private SimulatedCluster cluster;
    private String inUse;
    private String next;
    private SwapHarness.Timed timed;
    private boolean measured;
    private final List<SwapRound> rounds = new ArrayList<>();

    @Setup(Level.Trial)
    public void cluster() throws Exception {
        master = SwapHarness.newMaster();
        long start = System.nanoTime();
        cluster = SwapHarness.build(master, agents, frameworks, tasks);
        System.out.printf("%ncluster built in %.1f s%n", (System.nanoTime() - start) / 1e9);
        inUse = "loading";
    }

    /** The allocator to swap in is made before the clock starts, as the platform's service would be. */
    @Setup(Level.Iteration)
    public void nextAllocator(IterationParams iteration) {
        measured = iteration.getType() == IterationType.MEASUREMENT;
        next = RealAllocators.RANDOM.equals(inUse) ? RealAllocators.HIERARCHICAL : RealAllocators.RANDOM;
        System.gc(); // so collecting earlier swaps' garbage does not land inside this one
    }

    @Benchmark
    public double swap() throws Exception {
        timed = SwapHarness.swap(master, cluster, inUse, next, RealAllocators.create(next));
        return timed.firstRunMs();
    }

    @TearDown(Level.Iteration)
    public void books() throws Exception {
        SwapRound round = SwapHarness.settled(master, timed);
        System.out.print("[" + round.line() + "] ");
        if (!round.books().balanced() || round.books().unfilled() != 0) {
            throw new IllegalStateException("The books do not balance after the swap: " + round.line());
        }
        if (measured) {
            rounds.add(round);
        }
        inUse = next;
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        System.out.printf("%n%s", SwapRound.summary(rounds));
        cluster.close();
        master.stop();
    }
}
