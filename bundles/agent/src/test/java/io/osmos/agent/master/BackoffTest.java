package io.osmos.agent.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {
    /** Always draws the top of the range, so each wait equals its bound. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return -1L;
        }

        @Override
        public double nextDouble() {
            return 1.0;
        }
    };

    @Test
    void theBoundDoublesFromTheFactorUpToTheCapAndResets() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), HIGHEST);
        assertEquals(Duration.ofSeconds(1), backoff.next());
        assertEquals(Duration.ofSeconds(2), backoff.next());
        assertEquals(Duration.ofSeconds(4), backoff.next());
        assertEquals(Duration.ofSeconds(5), backoff.next());
        assertEquals(Duration.ofSeconds(5), backoff.next());
        backoff.reset();
        assertEquals(Duration.ofSeconds(1), backoff.next());
    }

    @Test
    void waitsAreDrawnBelowTheBound() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Backoff.MAX, RandomGenerator.getDefault());
        for (int i = 0; i < 20; i++) {
            Duration bound = backoff.bound();
            Duration wait = backoff.next();
            assertTrue(!wait.isNegative() && wait.compareTo(bound) <= 0, wait + " within " + bound);
        }
        assertEquals(Backoff.MAX, backoff.bound(), "Mesos caps the registration backoff at one minute");
    }

    @Test
    void aZeroFactorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Backoff.MAX, HIGHEST));
    }
}
