package io.osmos.simulator.framework;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Launch figures over all frameworks: throughput from the first ACCEPT sent to the last TASK_RUNNING
 * received, and the spread of ACCEPT-to-TASK_RUNNING latency.
 *
 * @param failed tasks that will never run
 * @param problems refused calls and lost streams that did not fail a task by themselves
 * @param windowSeconds first ACCEPT to last TASK_RUNNING
 * @param p50Millis median latency; p99 and max likewise
 */
public record LaunchReport(int tasks, int running, int failed, int problems, double windowSeconds, double launchesPerSecond,
        double p50Millis, double p90Millis, double p99Millis, double maxMillis, String failures) {

    public static LaunchReport of(List<LaunchStats> all) {
        int tasks = all.stream().mapToInt(LaunchStats::tasks).sum();
        long[] latencies = new long[tasks];
        int n = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int failed = 0;
        int problems = 0;
        for (LaunchStats stats : all) {
            // Read the volatile counter first: it publishes what the event loop wrote before it.
            failed += stats.failed();
            problems += stats.problems();
            if (stats.running() > 0) {
                first = Math.min(first, stats.firstAcceptNanos());
                last = Math.max(last, stats.lastRunningNanos());
            }
            n += stats.latencies(latencies, n);
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        double window = n == 0 ? 0 : (last - first) / 1e9;
        String failures = all.stream().map(LaunchStats::firstFailures).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("; "));
        return new LaunchReport(tasks, n, failed, problems, window, window > 0 ? n / window : 0,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                n == 0 ? 0 : sorted[n - 1] / 1e6, failures);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
