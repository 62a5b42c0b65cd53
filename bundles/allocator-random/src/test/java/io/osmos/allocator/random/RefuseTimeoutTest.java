package io.osmos.allocator.random;

import static io.osmos.allocator.random.Harness.refuse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.protocol.v1.Protos.Filters;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** refuse_seconds as Mesos reads it. */
class RefuseTimeoutTest {
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private static Optional<Duration> timeout(Optional<Filters> filters) {
        return RefuseTimeout.of(filters, INTERVAL);
    }

    @Test
    void noFiltersMeansNoRefusal() {
        assertEquals(Optional.empty(), timeout(Optional.empty()));
    }

    @Test
    void unsetRefuseSecondsIsFiveSeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(5)), timeout(Optional.of(Filters.getDefaultInstance())));
    }

    @Test
    void zeroMeansNoRefusal() {
        assertEquals(Optional.empty(), timeout(Optional.of(refuse(0))));
    }

    @Test
    void fractionsAreKept() {
        assertEquals(Optional.of(Duration.ofMillis(2500)), timeout(Optional.of(refuse(2.5))));
    }

    @Test
    void negativeAndNotANumberFallBackToTheDefault() {
        assertEquals(Optional.of(Duration.ofSeconds(5)), timeout(Optional.of(refuse(-1))));
        assertEquals(Optional.of(Duration.ofSeconds(5)), timeout(Optional.of(refuse(Double.NaN))));
    }

    @Test
    void moreThanAYearIsCappedAtAYear() {
        assertEquals(Optional.of(Duration.ofDays(365)), timeout(Optional.of(refuse(1e12))));
        assertEquals(Optional.of(Duration.ofDays(365)), timeout(Optional.of(refuse(Double.POSITIVE_INFINITY))));
    }

    @Test
    void aRefusalLastsAtLeastOneAllocationInterval() {
        assertEquals(Optional.of(Duration.ofSeconds(10)),
                RefuseTimeout.of(Optional.of(refuse(0.5)), Duration.ofSeconds(10)));
    }
}
