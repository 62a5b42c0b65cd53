package io.osmos.runtime.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void mesosDurationsAreReadExactly() {
        assertEquals(Duration.ofSeconds(1), Durations.parse("allocation_interval", "1secs"));
        assertEquals(Duration.ofMillis(500), Durations.parse("allocation_interval", " 500ms "));
        assertEquals(Duration.ofSeconds(150), Durations.parse("offer_timeout", "2.5mins"));
        assertEquals(Duration.ofDays(14), Durations.parse("x", "2weeks"));
        assertEquals(Duration.ofNanos(10), Durations.parse("x", "10ns"));
        assertEquals(Duration.ofNanos(100_000_001), Durations.parse("x", "0.100000001secs"));
        assertEquals(Duration.ofSeconds(3), Durations.parse("x", "3SECS"));
    }

    @Test
    void noneMeansNoDuration() {
        assertEquals(Optional.empty(), Durations.parseOptional("offer_timeout", "none"));
        assertEquals(Optional.empty(), Durations.parseOptional("offer_timeout", ""));
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
        for (String bad : new String[] {"5", "-5secs", "secs", "1.secs", "5 seconds", "1secs later"}) {
            assertThrows(IllegalArgumentException.class, () -> Durations.parse("x", bad), bad);
        }
        assertEquals("Invalid x '100000000weeks': too long", assertThrows(IllegalArgumentException.class,
                () -> Durations.parse("x", "100000000weeks")).getMessage());
    }

    @Test
    void durationsArePrintedInTheLargestUnitTheyReach() {
        assertEquals("15secs", Durations.format(Duration.ofSeconds(15)));
        assertEquals("10mins", Durations.format(Duration.ofMinutes(10)));
        assertEquals("500ms", Durations.format(Duration.ofMillis(500)));
        assertEquals("2hrs", Durations.format(Duration.ofHours(2)));
        assertEquals("3days", Durations.format(Duration.ofDays(3)));
        assertEquals("1weeks", Durations.format(Duration.ofDays(7)));
        assertEquals("365days", Durations.format(Duration.ofDays(365)), "52.14... weeks is a whole number of days");
        assertEquals("7us", Durations.format(Duration.ofNanos(7_000)));
        assertEquals("0ns", Durations.format(Duration.ZERO));
    }

    @Test
    void aUnitSmallerWhenThatMakesAWholeNumber() {
        assertEquals("90secs", Durations.format(Duration.ofSeconds(90)));
        assertEquals("1500ms", Durations.format(Duration.ofMillis(1500)));
        assertEquals("36hrs", Durations.format(Duration.ofHours(36)));
        assertEquals("1500us", Durations.format(Duration.ofNanos(1_500_000)));
    }

    @Test
    void otherwiseWithAFraction() {
        assertEquals("1.500000001secs", Durations.format(Duration.ofNanos(1_500_000_001)));
        assertEquals("1.5000001mins", Durations.format(Duration.ofSeconds(90).plusNanos(6_000)));
        assertEquals("-2secs", Durations.format(Duration.ofSeconds(-2)));
    }

    @Test
    void whatIsPrintedReadsBackTheSame() {
        for (Duration d : new Duration[] {Duration.ofMillis(1), Duration.ofSeconds(90), Duration.ofHours(36),
            Duration.ofDays(365), Duration.ofNanos(1_500_000_001), Duration.ofMinutes(10)}) {
            assertEquals(d, Durations.parse("x", Durations.format(d)), d.toString());
        }
    }
}
