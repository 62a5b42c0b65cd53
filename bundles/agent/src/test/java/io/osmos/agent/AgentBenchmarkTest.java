package io.osmos.agent;

import static io.osmos.agent.AgentHarness.CHECKPOINTING;
import static io.osmos.agent.AgentHarness.FRAMEWORK;
import static io.osmos.agent.AgentHarness.ack;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.task;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two agent figures issue 5 asks for, on a real agent with real processes and a fake master on
 * loopback: container launch latency for {@code true}, and the agent's heap per running task. It
 * runs small so the path stays exercised; {@code -Dagent.bench.launches=200 -Dagent.bench.tasks=500}
 * (and {@code -Dagent.bench.checkpoint=true}) give the figures in benchmarks/RESULTS.md. Results are
 * appended to target/agent-benchmarks.txt.
 */
class AgentBenchmarkTest {
    private static final int WARM_UP = 5;
    private static final int LAUNCHES = Integer.getInteger("agent.bench.launches", 10);
    private static final int TASKS = Integer.getInteger("agent.bench.tasks", 10);
    private static final FrameworkInfo FRAMEWORK_USED = Boolean.getBoolean("agent.bench.checkpoint")
            ? CHECKPOINTING : FRAMEWORK;

    @TempDir
    Path workDir;

    @Test
    void launchLatencyOfTrue() throws Exception {
        List<Double> roundTrip = new ArrayList<>();
        List<Double> inAgent = new ArrayList<>();
        try (AgentHarness harness = new AgentHarness(workDir).start()) {
            harness.master.nextSubscription();
            for (int run = 0; run < WARM_UP + LAUNCHES; run++) {
                long sent = System.nanoTime();
                harness.master.send(runTask(task("true-" + run, "true"), FRAMEWORK_USED));
                TaskStatus starting = harness.nextUpdate(TaskState.TASK_STARTING);
                harness.master.send(ack(starting));
                TaskStatus running = harness.nextUpdate(TaskState.TASK_RUNNING);
                long received = System.nanoTime();
                harness.master.send(ack(running));
                harness.master.send(ack(harness.nextUpdate(TaskState.TASK_FINISHED)));
                if (run >= WARM_UP) {
                    roundTrip.add((received - sent) / 1e6);
                    // TASK_STARTING is stamped as the agent takes RUN_TASK in, TASK_RUNNING once the command runs.
                    inAgent.add((running.getTimestamp() - starting.getTimestamp()) * 1000);
                }
            }
        }
        record("RUN_TASK -> TASK_RUNNING in the agent (status timestamps, ms resolution)", inAgent);
        record("RUN_TASK sent -> TASK_RUNNING received by the master (loopback HTTP both ways)", roundTrip);
    }

    @Test
    void heapPerRunningTask() throws Exception {
        try (AgentHarness harness = new AgentHarness(workDir).start()) {
            harness.master.nextSubscription();
            for (int run = 0; run < WARM_UP; run++) {
                harness.master.send(runTask(task("warm-" + run, "true"), FRAMEWORK_USED));
                for (TaskState state : List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING, TaskState.TASK_FINISHED)) {
                    harness.master.send(ack(harness.nextUpdate(state)));
                }
            }
            long before = heapAfterGc();
            long rssBefore = rssBytes();
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            for (int t = 0; t < TASKS; t++) {
                harness.master.send(runTask(task("sleep-" + t, "sleep 600"), FRAMEWORK_USED));
            }
            int running = 0;
            while (running < TASKS) {
                AgentCall call = harness.master.nextCall();
                assertEquals(AgentCall.Type.STATUS_UPDATE, call.getType());
                TaskStatus status = call.getStatusUpdate().getStatus();
                harness.master.send(ack(status));
                running += status.getState() == TaskState.TASK_RUNNING ? 1 : 0;
            }
            long after = heapAfterGc();
            write(String.format(Locale.ROOT, "heap per running `sleep` task (%s): %d tasks, heap after GC %.1f MB -> "
                    + "%.1f MB, %.1f KB per task; process RSS %+.1f MB (%.1f KB per task), JVM threads %d -> %d%n",
                    FRAMEWORK_USED.getCheckpoint() ? "checkpointing" : "not checkpointing", TASKS, before / 1e6,
                    after / 1e6, (after - before) / 1024.0 / TASKS, (rssBytes() - rssBefore) / 1e6,
                    (rssBytes() - rssBefore) / 1024.0 / TASKS, threadsBefore,
                    ManagementFactory.getThreadMXBean().getThreadCount()));
        }
    }

    // Full collections until the figure settles, so garbage from the launches does not count.
    private static long heapAfterGc() {
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 10; i++) {
            System.gc();
            LockSupport.parkNanos(50_000_000L);
            used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 64 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }

    private static long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }

    private static void record(String what, List<Double> millis) throws IOException {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        write(String.format(Locale.ROOT, "%s (%s): n=%d p50=%.1f ms p99=%.1f ms min=%.1f ms max=%.1f ms%n", what,
                FRAMEWORK_USED.getCheckpoint() ? "checkpointing" : "not checkpointing", sorted.size(),
                percentile(sorted, 50), percentile(sorted, 99), sorted.get(0), sorted.get(sorted.size() - 1)));
    }

    // Nearest rank.
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void write(String line) throws IOException {
        System.out.print(line);
        Path out = Path.of("target", "agent-benchmarks.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
