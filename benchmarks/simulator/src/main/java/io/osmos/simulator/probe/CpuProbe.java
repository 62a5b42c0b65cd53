package io.osmos.simulator.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time this JVM spent, by thread pool: the master's actors ({@code osmos-actor}), its Netty
 * server ({@code osmos-http}), the simulated peers ({@code simulator-wire}). CPU time does not depend
 * on what else loads the machine, so it shows what each launch costs where a wall-clock rate cannot.
 */
public final class CpuProbe {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> startByThread = new TreeMap<>();
    private final long processStart;

    /** Starts counting now. */
    public CpuProbe() {
        processStart = processCpuNanos();
        for (long id : threads.getAllThreadIds()) {
            startByThread.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
    }

    /** Nanoseconds of CPU per pool since the start, plus "process" for the whole JVM (GC and JIT too). */
    public Map<String, Long> since() {
        Map<String, Long> byPool = new TreeMap<>();
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            long cpu = threads.getThreadCpuTime(ids[i]);
            if (infos[i] == null || cpu < 0) {
                continue; // ended meanwhile
            }
            byPool.merge(pool(infos[i].getThreadName()), cpu - startByThread.getOrDefault(ids[i], 0L), Long::sum);
        }
        byPool.put("process", processCpuNanos() - processStart);
        return byPool;
    }

    /** "osmos-http-3-1" and "osmos-actor-12" name their pools "osmos-http" and "osmos-actor". */
    static String pool(String thread) {
        return thread.replaceAll("(-\\d+)+$", "");
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
