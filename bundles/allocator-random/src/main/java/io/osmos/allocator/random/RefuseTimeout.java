package io.osmos.allocator.random;

import io.osmos.protocol.v1.Protos.Filters;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How long a refusal filters offers, by the Mesos rules for {@code Filters.refuse_seconds}. */
final class RefuseTimeout {
    private static final Logger LOG = LoggerFactory.getLogger(RefuseTimeout.class);
    static final Duration MAX = Duration.ofDays(365);
    // The proto default (5 s), so a DECLINE without a value behaves as in Mesos.
    static final double DEFAULT_SECONDS = Filters.getDefaultInstance().getRefuseSeconds();

    private RefuseTimeout() {
    }

    /**
     * The filter's lifetime, or empty when no filter is wanted: no {@code Filters} at all (a rescind,
     * a finished task) or {@code refuse_seconds} of zero. Negative values fall back to the default and
     * values beyond a year are capped, as Mesos does. A filter outlives at least one allocation interval,
     * so it cannot expire before the agent is next looked at (Mesos MESOS-4302).
     */
    static Optional<Duration> of(Optional<Filters> filters, Duration allocationInterval) {
        if (filters.isEmpty()) {
            return Optional.empty();
        }
        double seconds = filters.get().getRefuseSeconds();
        if (Double.isNaN(seconds) || seconds < 0) {
            LOG.warn("Using the default refuse_seconds of {} s: {} is not a valid duration", DEFAULT_SECONDS, seconds);
            seconds = DEFAULT_SECONDS;
        }
        if (seconds == 0) {
            return Optional.empty();
        }
        if (seconds > MAX.getSeconds()) {
            LOG.warn("Capping refuse_seconds of {} s at 365 days", seconds);
        }
        Duration timeout = seconds >= MAX.getSeconds() ? MAX : Duration.ofNanos((long) (seconds * 1e9));
        if (timeout.isZero()) {
            return Optional.empty(); // below a nanosecond: nothing to hold back
        }
        return Optional.of(timeout.compareTo(allocationInterval) < 0 ? allocationInterval : timeout);
    }
}
