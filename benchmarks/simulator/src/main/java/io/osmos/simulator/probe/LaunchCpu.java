package io.osmos.simulator.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU spent over one launch round by this JVM (by thread pool, and by every thread kind the kernel
 * counts, JIT and GC included) and by the agents' child JVMs, which are part of the experiment.
 */
public final class LaunchCpu {
    private final CpuProbe pools = new CpuProbe();
    private final List<Long> children;
    private final Map<String, long[]> selfBefore = ThreadCpu.of(ProcessHandle.current().pid());
    private final Map<String, long[]> childrenBefore;

    /** Starts counting now; {@code children} are the agents' JVMs, if any. */
    public LaunchCpu(List<Long> children) {
        this.children = List.copyOf(children);
        this.childrenBefore = sum(this.children);
    }

    /**
     * @param pools nanoseconds per pool of this JVM, "process" for all of it, and with agent JVMs
     *     "agent processes" and "all JVMs"
     * @param master this JVM's threads by kind, {user, kernel} nanoseconds
     * @param agents the agent JVMs' threads likewise (empty without child processes)
     */
    public record Spent(Map<String, Long> pools, Map<String, long[]> master, Map<String, long[]> agents) {
    }

    /** What was spent since this was made. */
    public Spent finish() {
        Map<String, Long> used = new TreeMap<>(pools.since());
        Map<String, long[]> master = ThreadCpu.since(selfBefore, ThreadCpu.of(ProcessHandle.current().pid()));
        Map<String, long[]> agents = children.isEmpty() ? Map.of() : ThreadCpu.since(childrenBefore, sum(children));
        if (!children.isEmpty()) {
            long total = agents.values().stream().mapToLong(t -> t[0] + t[1]).sum();
            used.put("agent processes", total);
            used.put("all JVMs", total + used.getOrDefault("process", 0L));
        }
        return new Spent(used, master, agents);
    }

    private static Map<String, long[]> sum(List<Long> pids) {
        Map<String, long[]> all = new TreeMap<>();
        List<Map<String, long[]>> each = new ArrayList<>();
        pids.forEach(pid -> each.add(ThreadCpu.of(pid)));
        each.forEach(one -> one.forEach((kind, t) -> {
            long[] s = all.computeIfAbsent(kind, k -> new long[2]);
            s[0] += t[0];
            s[1] += t[1];
        }));
        return all;
    }
}
