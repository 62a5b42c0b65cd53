package io.osmos.simulator;

import io.osmos.simulator.framework.LaunchReport;
import io.osmos.simulator.probe.StateTiming;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures of a run, as printed at its end. */
final class Summary {
    private static final double MIB = 1024.0 * 1024.0;

    private Summary() {
    }

    static void print(PrintStream out, Options options, Simulation simulation, LaunchReport launch,
            Measurements measured) {
        out.println();
        out.println("== Osmos cluster simulator ==");
        line(out, "agents", "%d registered in %.1f s (%s)", simulation.registeredAgents(),
                simulation.registrationSeconds(), measured.agentsElsewhere()
                        ? options.text("agent_processes") + " child process(es)" : "in this JVM");
        line(out, "frameworks", "%s, allocator %s, task %s, agent %s", options.text("frameworks"),
                options.text("allocator"), options.text("task_resources"), options.text("agent_resources"));
        line(out, "tasks", "%d asked, %d TASK_RUNNING, %d failed, %d other problems", launch.tasks(),
                launch.running(), launch.failed(), launch.problems());
        line(out, "launch rate", "%.0f tasks/s (first ACCEPT to last TASK_RUNNING: %.2f s)",
                launch.launchesPerSecond(), launch.windowSeconds());
        line(out, "ACCEPT->RUNNING", "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", launch.p50Millis(),
                launch.p90Millis(), launch.p99Millis(), launch.maxMillis());
        if (!launch.failures().isEmpty()) {
            line(out, "first failures", "%s", launch.failures());
        }
        simulation.warmupReport().ifPresent(warmup -> {
            Map<String, Long> cpu = simulation.warmupCpu().pools();
            long nanos = cpu.getOrDefault("all JVMs", cpu.getOrDefault("process", 0L));
            line(out, "warm-up (not measured)",
                    "last of 2 rounds: %d of %d TASK_RUNNING, %.0f tasks/s, p50 %.1f ms, all JVMs %.0f us per task",
                    warmup.running(), warmup.tasks(), warmup.launchesPerSecond(), warmup.p50Millis(),
                    nanos / 1e3 / Math.max(1, warmup.running()));
        });
        simulation.launchCpu().pools().forEach((pool, nanos) -> {
            if (nanos >= 50_000_000L) { // pools that did next to nothing only clutter the summary
                line(out, "CPU in launch: " + pool, "%.1f s, %.0f us per task", nanos / 1e9,
                        launch.running() == 0 ? 0 : nanos / 1e3 / launch.running());
            }
        });
        threads(out, "master JVM", simulation.launchCpu().master(), launch.running());
        threads(out, "agent JVMs", simulation.launchCpu().agents(), launch.running());
        simulation.agentCounters().ifPresent(c -> line(out, "agents did", "%s", c));
        line(out, "heap after GC", "%.1f MiB (baseline %.1f MiB, growth %.1f MiB, max %.0f MiB)%s",
                measured.loadedHeap() / MIB, measured.baselineHeap() / MIB,
                (measured.loadedHeap() - measured.baselineHeap()) / MIB, measured.maxHeap() / MIB,
                measured.agentsElsewhere() ? "; master and frameworks only"
                        : "; includes the simulated agents (use --agent_processes for the master alone)");
        for (StateTiming timing : measured.state()) {
            line(out, timing.call(), "%d, %.1f MiB, first %.0f ms, median %.0f ms, best %.0f ms of %s%s",
                    timing.status(), timing.bytes() / MIB, timing.first(), timing.median(), timing.best(),
                    format(timing.millis()), timing.error().isEmpty() ? "" : "; failed: " + timing.error());
        }
        for (String metric : List.of("master/slaves_active", "master/frameworks_active", "master/tasks_running",
                "master/tasks_staging", "master/tasks_starting", "master/valid_status_updates")) {
            Double value = measured.metrics().get(metric);
            line(out, metric, "%s", value == null ? "(not reported)" : String.format(Locale.ROOT, "%.0f", value));
        }
        out.flush();
    }

    /** Thread kinds that did something, as "user+kernel" microseconds per task, largest first. */
    private static void threads(PrintStream out, String jvm, Map<String, long[]> kinds, int tasks) {
        if (kinds.isEmpty() || tasks == 0) {
            return;
        }
        String text = kinds.entrySet().stream()
                .filter(e -> e.getValue()[0] + e.getValue()[1] >= 20_000_000L)
                .sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
                .map(e -> String.format(Locale.ROOT, "%s %.0f+%.0f", e.getKey(), e.getValue()[0] / 1e3 / tasks,
                        e.getValue()[1] / 1e3 / tasks))
                .collect(Collectors.joining(", "));
        line(out, "CPU by thread, " + jvm, "%s us per task (user+kernel)", text);
    }

    private static String format(List<Double> millis) {
        return millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList().toString();
    }

    private static void line(PrintStream out, String what, String format, Object... args) {
        out.printf(Locale.ROOT, "%-40s %s%n", what, String.format(Locale.ROOT, format, args));
    }
}
