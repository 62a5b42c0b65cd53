package io.osmos.agent.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GcSettingsTest {
    @Test
    void theDefaultsAreMesoss() {
        GcSettings defaults = GcSettings.defaults();
        assertEquals(Duration.ofDays(7), defaults.gcDelay());
        assertEquals(Duration.ofMinutes(1), defaults.diskWatchInterval());
        assertEquals(0.1, defaults.gcDiskHeadroom());
    }

    @Test
    void maxAllowedAgeShrinksAsTheDiskFills() {
        GcSettings settings = GcSettings.defaults();
        assertEquals(Duration.ofDays(7).multipliedBy(9).dividedBy(10), settings.maxAllowedAge(0.0));
        assertEquals(Duration.ofDays(7).dividedBy(2), settings.maxAllowedAge(0.4));
        assertEquals(Duration.ZERO, settings.maxAllowedAge(0.9));
        assertEquals(Duration.ZERO, settings.maxAllowedAge(1.0));
    }

    @Test
    void aHeadroomOutsideZeroToOneIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GcSettings(Duration.ofDays(7), Duration.ofMinutes(1), 1.5));
        assertEquals("gc_disk_headroom must be between 0.0 and 1.0, got 1.5", e.getMessage());
    }

    @Test
    void aZeroDiskWatchIntervalIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GcSettings(Duration.ofDays(7), Duration.ZERO, 0.1));
        assertEquals("disk_watch_interval must be positive, got PT0S", e.getMessage());
    }
}
