package io.osmos.master.core;

/**
 * How one allocator hand-over went: which allocator was asked for, which one it replaced, and how
 * long allocation stood still for it.
 *
 * @param allocator the name of the allocator brought in
 * @param previous the allocator in use before, or null when there was none
 * @param pauseNanos from pausing the previous allocator until the new one was seeded and switched in
 *     (or, when it failed, until the previous one was resumed); the master's own events waited that long
 * @param cpuNanos CPU time the master's thread spent on the hand-over: the pause on an idle machine
 * @param failure why the new allocator did not come up (the previous one then stays), or null
 */
public record Handover(String allocator, String previous, long pauseNanos, long cpuNanos, String failure) {
    /** True when the new allocator is the one in use now. */
    public boolean installed() {
        return failure == null;
    }

    public double pauseMillis() {
        return pauseNanos / 1_000_000.0;
    }

    public double cpuMillis() {
        return cpuNanos / 1_000_000.0;
    }
}
