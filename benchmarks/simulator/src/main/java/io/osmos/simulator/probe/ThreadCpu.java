package io.osmos.simulator.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of one process's threads by kind, read from {@code /proc/<pid>/task/<tid>/stat}: unlike
 * {@code ThreadMXBean} this sees the JVM's own threads too (JIT compilers, garbage collectors), and
 * splits user from kernel time, which is where system calls show. Linux only; elsewhere it is empty.
 */
public final class ThreadCpu {
    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    private ThreadCpu() {
    }

    /** Kind of thread, e.g. "osmos-http", "JIT", "GC", to {user, kernel} nanoseconds so far. */
    public static Map<String, long[]> of(long pid) {
        Map<String, long[]> byKind = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> add(task.resolve("stat"), byKind));
        } catch (IOException | RuntimeException e) {
            return Map.of(); // not Linux, or the process is gone
        }
        return byKind;
    }

    private static void add(Path stat, Map<String, long[]> byKind) {
        String line;
        try {
            line = Files.readString(stat);
        } catch (IOException threadEnded) {
            return;
        }
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        String[] fields = line.substring(close + 2).split(" ");
        // after the name: state is field 3 of stat, utime 14 and stime 15
        long[] sum = byKind.computeIfAbsent(kind(line.substring(open + 1, close)), k -> new long[2]);
        sum[0] += Long.parseLong(fields[11]) * NANOS_PER_TICK;
        sum[1] += Long.parseLong(fields[12]) * NANOS_PER_TICK;
    }

    /** The kernel keeps 15 characters of a thread's name: "osmos-http-3-1", "C2 CompilerThre". */
    static String kind(String name) {
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "JIT";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
            return "GC and VM";
        }
        return name.replaceAll("[-#]?\\d+(-\\d*)*$", "");
    }

    /** What each kind spent between two readings. */
    public static Map<String, long[]> since(Map<String, long[]> before, Map<String, long[]> after) {
        Map<String, long[]> spent = new TreeMap<>();
        after.forEach((kind, now) -> {
            long[] then = before.getOrDefault(kind, new long[2]);
            spent.put(kind, new long[] {now[0] - then[0], now[1] - then[1]});
        });
        return spent;
    }
}
