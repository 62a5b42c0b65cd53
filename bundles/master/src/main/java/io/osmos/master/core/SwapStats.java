package io.osmos.master.core;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts allocator swaps for {@code /metrics/snapshot}. The first allocator the master installs is
 * no swap (nothing was allocating), so it is not counted. Written on the actor, read from any thread.
 */
final class SwapStats {
    private final AtomicLong swaps = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean started;
    private volatile double lastPauseMillis;

    void record(Handover handover) {
        if (!started) {
            started = handover.installed();
            return;
        }
        lastPauseMillis = handover.pauseMillis();
        (handover.installed() ? swaps : failures).incrementAndGet();
    }

    void putInto(Map<String, Number> metrics) {
        metrics.put("allocator/swaps", swaps.get());
        metrics.put("allocator/swap_failures", failures.get());
        metrics.put("allocator/swap_pause_ms", lastPauseMillis);
    }
}
