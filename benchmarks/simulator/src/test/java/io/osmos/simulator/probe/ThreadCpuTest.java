package io.osmos.simulator.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void threadNamesAsTheKernelKeepsThemFallIntoKinds() {
        assertEquals("osmos-http", ThreadCpu.kind("osmos-http-3-1"));
        assertEquals("osmos-actor", ThreadCpu.kind("osmos-actor-12"));
        assertEquals("simulator-wire", ThreadCpu.kind("simulator-wire"));
        assertEquals("JIT", ThreadCpu.kind("C2 CompilerThre"));
        assertEquals("JIT", ThreadCpu.kind("C1 CompilerThre"));
        assertEquals("GC and VM", ThreadCpu.kind("GC Thread#1"));
        assertEquals("GC and VM", ThreadCpu.kind("G1 Conc#0"));
        assertEquals("GC and VM", ThreadCpu.kind("VM Thread"));
    }

    @Test
    void aBusyThreadShowsUpInItsOwnProcess() {
        if (!System.getProperty("os.name").equals("Linux")) {
            assertTrue(ThreadCpu.of(ProcessHandle.current().pid()).isEmpty());
            return;
        }
        Map<String, long[]> before = ThreadCpu.of(ProcessHandle.current().pid());
        long spin = System.nanoTime() + 300_000_000L;
        long sum = 0;
        while (System.nanoTime() < spin) {
            sum += Long.numberOfTrailingZeros(System.nanoTime()); // CPU work, not a sleep
        }
        Map<String, long[]> spent = ThreadCpu.since(before, ThreadCpu.of(ProcessHandle.current().pid()));
        long all = spent.values().stream().mapToLong(t -> t[0] + t[1]).sum();
        assertTrue(all >= 100_000_000L, "300 ms of spinning counted as " + all / 1_000_000 + " ms (" + sum + ")");
    }
}
