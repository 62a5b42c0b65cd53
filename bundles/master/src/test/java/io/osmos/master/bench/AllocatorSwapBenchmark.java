package io.osmos.master.bench;

import io.osmos.api.allocator.Allocator;
import io.osmos.master.core.Handover;
import io.osmos.master.core.Master;
import io.osmos.master.core.MasterSettings;
import io.osmos.master.core.MasterView;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * How long an allocator swap pauses allocation on a big cluster (issue 6: 10,000 agents, 1,000
 * frameworks, 100,000 tasks, at most 50 ms). The master is filled through its own entry points (see
 * {@link SimulatedCluster}), the free rest of every agent is offered and held, then the allocator is
 * swapped between {@code random} and {@code hierarchical} again and again; after each swap the master's
 * books are checked once the cluster settles. Sizes come from system properties:
 *
 * <pre>
 * java -Xmx6g -Dswap.agents=10000 -Dswap.frameworks=1000 -Dswap.tasks=100000 -Dswap.rounds=20 \
 *     -Dswap.warmup=1 -cp ... io.osmos.master.bench.AllocatorSwapBenchmark
 * </pre>
 *
 * <p>{@code swap.warmup} (default 1) swaps come first and are not counted: with more, the JIT has compiled
 * both allocators' seeding paths before the counted rounds, as a JMH warm-up would.
 */
public final class AllocatorSwapBenchmark {
    private static final Duration SETTLE = Duration.ofMinutes(5);

    /** The cluster and how many measured swaps. */
    record Size(int agents, int frameworks, int tasks, int rounds) {
        static Size fromSystemProperties() {
            return new Size(Integer.getInteger("swap.agents", 10_000), Integer.getInteger("swap.frameworks", 1_000),
                    Integer.getInteger("swap.tasks", 100_000), Integer.getInteger("swap.rounds", 20));
        }
    }

    private AllocatorSwapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Size size = Size.fromSystemProperties();
        System.out.println("Allocator swap at " + size);
        List<SwapRound> rounds = run(size, System.out::println);
        System.out.println();
        System.out.print(SwapRound.summary(rounds));
        System.exit(rounds.stream().allMatch(r -> r.books().balanced() && r.books().unfilled() == 0) ? 0 : 1);
    }

    /** Builds the cluster, swaps {@code size.rounds()} times after a first, unmeasured swap; returns the rounds. */
    static List<SwapRound> run(Size size, Consumer<String> log) throws Exception {
        MasterSettings settings = MasterSettings.defaults().withHostname("localhost")
                .withAgentHealth(Duration.ofHours(1), 5, Optional.empty()); // no pings: nobody would answer
        Master master = new Master(settings, new InetSocketAddress(InetAddress.getLoopbackAddress(), 5050));
        try {
            master.installAllocator("loading", LoadingAllocator.create(), () -> { }).get(1, TimeUnit.MINUTES);
            long start = System.nanoTime();
            try (SimulatedCluster cluster = SimulatedCluster.build(master, size.agents(), size.frameworks(),
                    size.tasks())) {
                log.accept(String.format("cluster built in %.1f s", (System.nanoTime() - start) / 1e9));
                List<SwapRound> rounds = new ArrayList<>();
                String previous = "loading";
                int warmup = Math.max(1, Integer.getInteger("swap.warmup", 1));
                for (int i = 0; i < warmup + size.rounds(); i++) {
                    String next = i % 2 == 0 ? RealAllocators.RANDOM : RealAllocators.HIERARCHICAL;
                    SwapRound round = swap(master, cluster, previous, next);
                    log.accept((i < warmup ? "(warm-up, not counted) " : "") + round.line());
                    if (i >= warmup) {
                        rounds.add(round);
                    }
                    previous = next;
                }
                return rounds;
            }
        } finally {
            master.stop();
        }
    }

    private static SwapRound swap(Master master, SimulatedCluster cluster, String from, String to) throws Exception {
        System.gc(); // so collecting earlier rounds' garbage does not land inside this one
        Allocator next = RealAllocators.create(to);
        long start = System.nanoTime();
        Handover handover = master.swapAllocator(to, next, () -> RealAllocators.release(next))
                .get(1, TimeUnit.MINUTES);
        if (!handover.installed()) {
            throw new IllegalStateException("Allocator '" + to + "' did not start: " + handover.failure());
        }
        // Queued behind the seed on the allocator's own actor, so it completes once the seed is worked through.
        next.updateAvailable(cluster.agents.get(0), List.of()).toCompletableFuture().get(1, TimeUnit.MINUTES);
        long seeded = System.nanoTime() - start;
        while (runs(next) < 1) {
            if (System.nanoTime() - start > SETTLE.toNanos()) {
                throw new IllegalStateException("Allocator '" + to + "' ran no allocation within " + SETTLE);
            }
            LockSupport.parkNanos(100_000);
        }
        long firstRun = System.nanoTime() - start;
        return new SwapRound(from, to, handover.pauseMillis(), handover.cpuMillis(), seeded / 1e6, firstRun / 1e6,
                settle(master, next));
    }

    /** Waits (bounded) until every resource is used or offered and the allocator counts all of it held. */
    private static Books settle(Master master, Allocator allocator) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (true) {
            Books books = master.read(Books::of).get(1, TimeUnit.MINUTES);
            double total = master.read(AllocatorSwapBenchmark::totalCpus).get(1, TimeUnit.MINUTES);
            Number held = allocator.metrics().get("allocator/mesos/resources/cpus/offered_or_allocated");
            boolean counted = held != null && Math.abs(held.doubleValue() - total) < 1e-6;
            if (!books.balanced() || (books.unfilled() == 0 && counted) || System.nanoTime() > deadline) {
                return books;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private static double totalCpus(MasterView view) {
        return view.agents().stream().mapToDouble(agent -> agent.total().scalar("cpus")).sum();
    }

    private static long runs(Allocator allocator) {
        Number runs = allocator.metrics().get("allocator/mesos/allocation_runs");
        return runs == null ? 0 : runs.longValue();
    }
}
