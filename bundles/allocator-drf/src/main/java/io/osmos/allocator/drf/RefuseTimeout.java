package io.osmos.allocator.drf;

import io.osmos.protocol.v1.Protos.Filters;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How long a refusal holds back offers, by the Mesos rules for {@code Filters.refuse_seconds}. */
final class RefuseTimeout {
    private static final Logger LOG = LoggerFactory.getLogger(RefuseTimeout.class);
    static final Duration LONGEST = Duration.ofDays(365);
    /** The protobuf default: a DECLINE without a value refuses for five seconds. */
    static final double DEFAULT_SECONDS = Filters.getDefaultInstance().getRefuseSeconds();

    private RefuseTimeout() {
    }

    /**
     * Empty when no filter is wanted: recovery without a {@code Filters} message (a rescinded offer, a
     * finished task) or a refusal of zero seconds. A negative or unreadable value means the default, a
     * value beyond a year means a year. The filter outlives at least one allocation interval, so it
     * cannot lapse before the agent is next looked at (Mesos MESOS-4302).
     */
    static Optional<Duration> of(Optional<Filters> filters, Duration allocationInterval) {
        if (filters.isEmpty()) {
            return Optional.empty();
        }
        double seconds = filters.get().getRefuseSeconds();
        if (Double.isNaN(seconds) || seconds < 0) {
            LOG.warn("refuse_seconds {} is not a duration; using the default of {} s", seconds, DEFAULT_SECONDS);
            seconds = DEFAULT_SECONDS;
        }
        if (seconds == 0) {
            return Optional.empty();
        }
        Duration timeout;
        if (seconds > LONGEST.getSeconds()) {
            // Schedulers ask for "forever" all the time; this is routine, not worth a warning per decline.
            LOG.debug("refuse_seconds {} is more than 365 days; filtering for 365 days", seconds);
            timeout = LONGEST;
        } else {
            timeout = Duration.ofNanos(Math.round(seconds * 1e9));
        }
        if (timeout.isZero()) {
            return Optional.empty();
        }
        return Optional.of(timeout.compareTo(allocationInterval) < 0 ? allocationInterval : timeout);
    }
}
