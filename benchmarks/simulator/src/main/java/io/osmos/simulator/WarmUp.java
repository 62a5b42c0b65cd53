package io.osmos.simulator;

import io.osmos.simulator.framework.LaunchReport;
import io.osmos.simulator.probe.LaunchCpu;
import io.osmos.simulator.probe.Probes;
import io.osmos.simulator.probe.ThreadCpu;
import io.osmos.simulator.wire.CallPool;
import io.osmos.simulator.wire.Wire;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rounds of launches before the measured one, so the JIT has compiled the hot paths: each round's
 * frameworks are torn down (their tasks killed, the agents emptied), which runs the kill and recovery
 * paths too, and at the end the JIT is given time to finish what it queued, so its compiling is not
 * counted as the measured round's cost.
 */
final class WarmUp {
    private static final int ROUNDS = 2;
    private static final Duration QUIET = Duration.ofMillis(500);

    private final Wire wire;
    private final CallPool calls;
    private final Options options;
    private final Probes probes;
    private final List<Long> pids = new ArrayList<>();

    /** @param agentPids the agents' JVMs, whose JIT is waited for too */
    WarmUp(Wire wire, CallPool calls, Options options, Probes probes, List<Long> agentPids) {
        this.wire = wire;
        this.calls = calls;
        this.options = options;
        this.probes = probes;
        pids.add(ProcessHandle.current().pid());
        pids.addAll(agentPids);
    }

    /** Launches {@code tasks} in all; the report and CPU are the last round's. */
    Result run(int tasks, Duration timeout) throws Exception {
        Result last = null;
        for (int round = 0; round < ROUNDS; round++) {
            int share = tasks / ROUNDS + (round < tasks % ROUNDS ? 1 : 0);
            try (LaunchRound launches = new LaunchRound(wire, calls, options, "warmup" + round, share)) {
                LaunchCpu cpu = new LaunchCpu(pids.subList(1, pids.size()));
                LaunchReport report = launches.run(timeout);
                last = new Result(report, cpu.finish());
                launches.teardown(timeout);
                awaitNoTasks(timeout);
            }
        }
        awaitQuietJit(options.duration("warmup_jit_wait"));
        return last;
    }

    record Result(LaunchReport report, LaunchCpu.Spent cpu) {
    }

    private void awaitNoTasks(Duration timeout) throws InterruptedException {
        // Polled as an operator would watch the master: it announces no "all tasks gone".
        if (!Polls.until(Duration.ofMillis(100), timeout, () -> tasksLeft() == 0)) {
            throw new IllegalStateException("The warm-up's tasks were not all killed within " + timeout
                    + " (" + tasksLeft() + " left)");
        }
    }

    private double tasksLeft() {
        Map<String, Double> metrics = probes.metrics();
        return metrics.getOrDefault("master/tasks_running", 1.0)
                + metrics.getOrDefault("master/tasks_staging", 1.0)
                + metrics.getOrDefault("master/tasks_starting", 1.0)
                + metrics.getOrDefault("master/tasks_killing", 0.0);
    }

    // Until the JIT threads of every JVM spent under a tenth of a core over QUIET, or longest passed.
    private void awaitQuietJit(Duration longest) throws InterruptedException {
        long[] before = {jitNanos()};
        Polls.until(QUIET, longest, () -> {
            long now = jitNanos();
            boolean quiet = now - before[0] < QUIET.toNanos() / 10;
            before[0] = now;
            return quiet;
        });
    }

    private long jitNanos() {
        long sum = 0;
        for (long pid : pids) {
            long[] jit = ThreadCpu.of(pid).get("JIT");
            sum += jit == null ? 0 : jit[0] + jit[1];
        }
        return sum;
    }
}
