package io.osmos.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void flagsOverrideDefaults() {
        Options options = Options.parse("--agents=10", "--duration=90secs", "--task_starting=false");
        assertEquals(10, options.integer("agents", 0));
        assertEquals(10, options.integer("frameworks", 1));
        assertEquals(Duration.ofSeconds(90), options.duration("duration"));
        assertEquals(Duration.ofMillis(500), Options.parse("--duration=500ms").duration("duration"));
        assertEquals(Duration.ofMinutes(5), Options.parse().duration("duration"));
        assertEquals(false, options.bool("task_starting"));
    }

    @Test
    void badFlagsAreRefusedNamingTheReason() {
        assertEquals("Unknown flag '--agent'; known flags: " + Options.DEFAULTS.keySet(),
                assertThrows(IllegalArgumentException.class, () -> Options.parse("--agent=3")).getMessage());
        assertEquals("Flags are written --name=value, got 'agents'",
                assertThrows(IllegalArgumentException.class, () -> Options.parse("agents")).getMessage());
        assertEquals("--agents must be a whole number, got 'many'", assertThrows(IllegalArgumentException.class,
                () -> Options.parse("--agents=many").integer("agents", 0)).getMessage());
        assertEquals("--frameworks must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> Options.parse("--frameworks=0").integer("frameworks", 1)).getMessage());
        assertEquals("--duration must be a duration such as 500ms, 30secs or 5mins, got '5 minutes'",
                assertThrows(IllegalArgumentException.class,
                        () -> Options.parse("--duration=5 minutes").duration("duration")).getMessage());
        assertEquals("--task_starting must be true or false, got 'yes'", assertThrows(IllegalArgumentException.class,
                () -> Options.parse("--task_starting=yes").bool("task_starting")).getMessage());
    }
}
