package io.osmos.simulator.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use after full collections: what the live objects of this JVM take. */
public final class HeapProbe {
    private HeapProbe() {
    }

    /** Bytes of heap in use after collecting until the figure settles (at most a few rounds). */
    public static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int round = 0; round < 5; round++) {
            memory.gc();
            used = memory.getHeapMemoryUsage().getUsed();
            // Finalizers and reference processing can free more on a second pass; stop once it does not.
            if (previous - used < 1024 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }

    public static long max() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }
}
