package io.osmos.agent.master;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The Mesos agent's registration backoff: each attempt waits a random time up to a bound that starts
 * at the backoff factor and doubles per attempt up to a cap. The randomness keeps a crowd of agents
 * from hitting a recovering master all at once.
 */
public final class Backoff {
    /** Mesos's REGISTER_RETRY_INTERVAL_MAX. */
    public static final Duration MAX = Duration.ofMinutes(1);

    private final Duration factor;
    private final Duration max;
    private final RandomGenerator random;
    private Duration bound;

    public Backoff(Duration factor, Duration max, RandomGenerator random) {
        if (factor.isNegative() || factor.isZero()) {
            throw new IllegalArgumentException("Backoff factor must be positive, got " + factor);
        }
        this.factor = factor;
        this.max = max.compareTo(factor) < 0 ? factor : max;
        this.random = random;
        this.bound = factor;
    }

    /** The wait before the next attempt; the one after may wait up to twice as long. */
    public Duration next() {
        Duration wait = Duration.ofNanos((long) (random.nextDouble() * bound.toNanos()));
        Duration doubled = bound.multipliedBy(2);
        bound = doubled.compareTo(max) > 0 ? max : doubled;
        return wait;
    }

    /** Back to the first bound, after a successful registration. */
    public void reset() {
        bound = factor;
    }

    /** The bound the next wait is drawn from. */
    public Duration bound() {
        return bound;
    }
}
