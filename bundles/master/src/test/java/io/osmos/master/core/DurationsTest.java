package io.osmos.master.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void mesosDurationsAreRead() {
        assertEquals(Duration.ofSeconds(1), Durations.parse("allocation_interval", "1secs"));
        assertEquals(Duration.ofMillis(500), Durations.parse("allocation_interval", "500ms"));
        assertEquals(Duration.ofSeconds(150), Durations.parse("offer_timeout", "2.5mins"));
        assertEquals(Duration.ofDays(14), Durations.parse("x", "2weeks"));
        assertEquals(Duration.ofNanos(10), Durations.parse("x", "10ns"));
    }

    @Test
    void noneMeansNoDuration() {
        assertEquals(Optional.empty(), Durations.parseOptional("offer_timeout", "none"));
        assertEquals(Optional.of(Duration.ofSeconds(30)), Durations.parseOptional("offer_timeout", "30secs"));
    }

    @Test
    void badDurationsAreRefusedNamingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Durations.parse("allocation_interval", "1 second"));
        assertEquals("Invalid allocation_interval '1 second': expected a number followed by ns, us, ms, secs, mins,"
                + " hrs, days or weeks, e.g. '1secs'", e.getMessage());
        assertEquals("Invalid heartbeat_interval '0secs': must be longer than zero", assertThrows(
                IllegalArgumentException.class, () -> Durations.parsePositive("heartbeat_interval", "0secs"))
                .getMessage());
    }

    @Test
    void durationsArePrintedTheMesosWay() {
        assertEquals("15secs", Durations.format(Duration.ofSeconds(15)));
        assertEquals("0.5secs", Durations.format(Duration.ofMillis(500)));
    }
}
