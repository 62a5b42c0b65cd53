package io.osmos.benchmarks.swap;

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
 * A real master filled through its own entry points (see {@link SimulatedCluster}) with the free rest
 * of every agent offered and held, and one allocator swap on it: the timed part (the master's
 * hand-over, then the new allocator working through its seed and finishing its first run) and the
 * untimed check that follows (the master's books once the cluster settles). {@link AllocatorSwapBenchmark}
 * times it under JMH; {@link #run} swaps a number of times in a row, for the test.
 */
final class SwapHarness {
    private static final Duration SETTLE = Duration.ofMinutes(5);

    /** The cluster's size and how many swaps {@link #run} makes after its first, unmeasured one. */
    record Size(int agents, int frameworks, int tasks, int rounds) {
    }

    /** What the timed part of one swap saw; the books come after it. */
    record Timed(String from, String to, Allocator next, Handover handover, double seededMs, double firstRunMs) {
    }

    private SwapHarness() {
    }

    static Master newMaster() {
        MasterSettings settings = MasterSettings.defaults().withHostname("localhost")
                .withAgentHealth(Duration.ofHours(1), 5, Optional.empty()); // no pings: nobody would answer
        return new Master(settings, new InetSocketAddress(InetAddress.getLoopbackAddress(), 5050));
    }

    /** Builds the cluster on a master whose allocator only loads it; the caller then swaps a real one in. */
    static SimulatedCluster build(Master master, int agents, int frameworks, int tasks) throws Exception {
        master.installAllocator("loading", LoadingAllocator.create(), () -> { }).get(1, TimeUnit.MINUTES);
        return SimulatedCluster.build(master, agents, frameworks, tasks);
    }

    /** Builds a cluster and swaps {@code size.rounds()} times after a first, unmeasured swap. */
    static List<SwapRound> run(Size size, Consumer<String> log) throws Exception {
        Master master = newMaster();
        try (SimulatedCluster cluster = build(master, size.agents(), size.frameworks(), size.tasks())) {
            List<SwapRound> rounds = new ArrayList<>();
            String previous = "loading";
            for (int i = 0; i < 1 + size.rounds(); i++) {
                String next = i % 2 == 0 ? RealAllocators.RANDOM : RealAllocators.HIERARCHICAL;
                SwapRound round = settled(master, swap(master, cluster, previous, next, RealAllocators.create(next)));
                log.accept((i == 0 ? "(not counted) " : "") + round.line());
                if (i > 0) {
                    rounds.add(round);
                }
                previous = next;
            }
            return rounds;
        } finally {
            master.stop();
        }
    }

    /** The timed part: hands over to {@code next} and waits until it has finished its first run. */
    static Timed swap(Master master, SimulatedCluster cluster, String from, String to, Allocator next)
            throws Exception {
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
        return new Timed(from, to, next, handover, seeded / 1e6, (System.nanoTime() - start) / 1e6);
    }

    /** The untimed part: waits (bounded) for the cluster to settle and reads the master's books. */
    static SwapRound settled(Master master, Timed timed) throws Exception {
        Books books = settle(master, timed.next());
        return new SwapRound(timed.from(), timed.to(), timed.handover().pauseMillis(), timed.handover().cpuMillis(),
                timed.seededMs(), timed.firstRunMs(), books);
    }

    /** Waits until every resource is used or offered and the allocator counts all of it held. */
    private static Books settle(Master master, Allocator allocator) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (true) {
            Books books = master.read(Books::of).get(1, TimeUnit.MINUTES);
            double total = master.read(SwapHarness::totalCpus).get(1, TimeUnit.MINUTES);
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
