package io.osmos.master.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The master's tunables, checked. Names follow the Mesos flags; the framework heartbeat is Mesos's
 * fixed DEFAULT_HEARTBEAT_INTERVAL made configurable.
 *
 * @param hostname advertised to frameworks and agents; blank means the machine's own name
 * @param offerTimeout how long an offer stays outstanding before it is rescinded; empty: forever
 * @param agentPingTimeout how often the master pings each agent
 * @param allocator the {@code osmos.module.name} of the allocator to use
 */
public record MasterSettings(String hostname, Duration allocationInterval, Optional<Duration> offerTimeout,
        Duration heartbeatInterval, Duration agentPingTimeout, String allocator) {
    /** Mesos's defaults (the allocator is "random" until the DRF one exists). */
    public static final String DEFAULT_ALLOCATOR = "random";

    public MasterSettings {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(offerTimeout, "offerTimeout");
        positive(allocationInterval, "allocation_interval");
        positive(heartbeatInterval, "heartbeat_interval");
        positive(agentPingTimeout, "agent_ping_timeout");
        if (allocator == null || allocator.isBlank()) {
            throw new IllegalArgumentException("allocator must name an allocator module, e.g. 'random'");
        }
    }

    public static MasterSettings defaults() {
        return new MasterSettings("", Duration.ofSeconds(1), Optional.empty(), Duration.ofSeconds(15),
                Duration.ofSeconds(15), DEFAULT_ALLOCATOR);
    }

    public MasterSettings withHostname(String name) {
        return new MasterSettings(name, allocationInterval, offerTimeout, heartbeatInterval, agentPingTimeout,
                allocator);
    }

    public MasterSettings withOfferTimeout(Optional<Duration> timeout) {
        return new MasterSettings(hostname, allocationInterval, timeout, heartbeatInterval, agentPingTimeout,
                allocator);
    }

    public MasterSettings withHeartbeatInterval(Duration interval) {
        return new MasterSettings(hostname, allocationInterval, offerTimeout, interval, agentPingTimeout, allocator);
    }

    public MasterSettings withAgentPingTimeout(Duration timeout) {
        return new MasterSettings(hostname, allocationInterval, offerTimeout, heartbeatInterval, timeout, allocator);
    }

    private static void positive(Duration duration, String flag) {
        Objects.requireNonNull(duration, flag);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(flag + " must be longer than zero, got " + duration);
        }
    }
}
