package io.osmos.agent.gc;

import java.time.Duration;
import java.util.Objects;

/**
 * The garbage collector's flags, named and defaulted as on a Mesos agent.
 *
 * @param gcDelay {@code --gc_delay}: how long a finished executor's sandbox is kept (1weeks)
 * @param diskWatchInterval {@code --disk_watch_interval}: how often disk usage is checked (1mins)
 * @param gcDiskHeadroom {@code --gc_disk_headroom}: the fraction of the disk to keep free, in [0, 1]
 *     (0.1); the fuller the disk, the sooner sandboxes go
 */
public record GcSettings(Duration gcDelay, Duration diskWatchInterval, double gcDiskHeadroom) {
    public static final Duration DEFAULT_GC_DELAY = Duration.ofDays(7);
    public static final Duration DEFAULT_DISK_WATCH_INTERVAL = Duration.ofMinutes(1);
    public static final double DEFAULT_GC_DISK_HEADROOM = 0.1;

    public GcSettings {
        Objects.requireNonNull(gcDelay, "gc_delay");
        Objects.requireNonNull(diskWatchInterval, "disk_watch_interval");
        if (gcDelay.isNegative()) {
            throw new IllegalArgumentException("gc_delay must not be negative, got " + gcDelay);
        }
        if (diskWatchInterval.isNegative() || diskWatchInterval.isZero()) {
            throw new IllegalArgumentException("disk_watch_interval must be positive, got " + diskWatchInterval);
        }
        if (!(gcDiskHeadroom >= 0.0 && gcDiskHeadroom <= 1.0)) {
            throw new IllegalArgumentException("gc_disk_headroom must be between 0.0 and 1.0, got " + gcDiskHeadroom);
        }
    }

    public static GcSettings defaults() {
        return new GcSettings(DEFAULT_GC_DELAY, DEFAULT_DISK_WATCH_INTERVAL, DEFAULT_GC_DISK_HEADROOM);
    }

    /**
     * How old a sandbox may get at this disk usage, as Mesos computes it:
     * {@code gc_delay * max(0, 1 - gc_disk_headroom - usage)}.
     *
     * @param usage the used fraction of the work_dir's file system, in [0, 1]
     */
    public Duration maxAllowedAge(double usage) {
        double fraction = Math.max(0.0, 1.0 - gcDiskHeadroom - usage);
        return Duration.ofNanos(Math.round(gcDelay.toNanos() * fraction));
    }
}
