package io.osmos.master.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** --agent_removal_rate_limit in Mesos's "agents/duration" form. */
class RateLimitTest {
    @Test
    void theMesosFormIsReadAndPrintedBack() {
        RateLimit limit = RateLimit.parse("agent_removal_rate_limit", "2/3hrs");
        assertEquals(new RateLimit(2, Duration.ofHours(3)), limit);
        assertEquals(Duration.ofMinutes(90), limit.interval());
        assertEquals("2/3hrs", limit.toString());
        assertEquals(limit, RateLimit.parse("agent_removal_rate_limit", limit.toString()));
    }
}
