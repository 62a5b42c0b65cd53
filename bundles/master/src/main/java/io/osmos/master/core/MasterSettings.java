package io.osmos.master.core;

import io.osmos.api.allocator.AllocatorOptions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The master's tunables, checked. Names follow the Mesos flags; the framework heartbeat is Mesos's
 * fixed DEFAULT_HEARTBEAT_INTERVAL made configurable, and the hook budget and the subscriber backlog
 * are Osmos's own.
 *
 * @param hostname advertised to frameworks and agents; blank means the machine's own name
 * @param offerTimeout how long an offer stays outstanding before it is rescinded; empty: forever
 * @param agentPingTimeout how often the master pings each agent, and how long it waits for the pong
 * @param allocator the {@code osmos.module.name} of the allocator to use
 * @param maxAgentPingTimeouts missed pongs in a row after which an agent is unreachable
 * @param agentRemovalRateLimit how fast agents failing health checks are removed; empty: at once
 * @param hooks {@code osmos.module.name}s of master hooks to call first, in this order (--hooks)
 * @param hookTimeout how long one hook call may take before it is skipped
 * @param maxSubscriberBacklog bytes an event stream may have waiting for a slow reader before it is cut off
 * @param allocatorOptions what every allocator instance is initialized with (--min_allocatable_resources,
 *        --fair_sharing_excluded_resource_names, ...); its allocation interval is always {@code allocationInterval}
 */
public record MasterSettings(String hostname, Duration allocationInterval, Optional<Duration> offerTimeout,
        Duration heartbeatInterval, Duration agentPingTimeout, String allocator, int maxAgentPingTimeouts,
        Optional<RateLimit> agentRemovalRateLimit, List<String> hooks, Duration hookTimeout,
        long maxSubscriberBacklog, AllocatorOptions allocatorOptions) {
    /** Mesos's defaults: its hierarchical DRF allocator. */
    public static final String DEFAULT_ALLOCATOR = "hierarchical";
    public static final int DEFAULT_MAX_AGENT_PING_TIMEOUTS = 5;
    public static final Duration DEFAULT_HOOK_TIMEOUT = Duration.ofSeconds(5);
    public static final long DEFAULT_MAX_SUBSCRIBER_BACKLOG = 16L * 1024 * 1024;
    /** The Mesos master's allocator flags by default; unlike the bare builder, it skips crumbs. */
    public static final AllocatorOptions DEFAULT_ALLOCATOR_OPTIONS = AllocatorOptions.builder()
            .minAllocatableResources(MinAllocatableResources.parse(MinAllocatableResources.DEFAULT)).build();

    public MasterSettings {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(offerTimeout, "offerTimeout");
        Objects.requireNonNull(agentRemovalRateLimit, "agentRemovalRateLimit");
        positive(allocationInterval, "allocation_interval");
        positive(heartbeatInterval, "heartbeat_interval");
        positive(agentPingTimeout, "agent_ping_timeout");
        positive(hookTimeout, "hook_timeout");
        if (allocator == null || allocator.isBlank()) {
            throw new IllegalArgumentException("allocator must name an allocator module, e.g. 'random'");
        }
        if (maxAgentPingTimeouts < 1) {
            throw new IllegalArgumentException("max_agent_ping_timeouts must be at least 1, got "
                    + maxAgentPingTimeouts);
        }
        if (maxSubscriberBacklog < 1) {
            throw new IllegalArgumentException("max_subscriber_backlog must be at least 1 byte, got "
                    + maxSubscriberBacklog);
        }
        hooks = List.copyOf(Objects.requireNonNull(hooks, "hooks"));
        Objects.requireNonNull(allocatorOptions, "allocatorOptions");
        // One source for the interval, so the options an allocator gets never disagree with /flags.
        if (!allocatorOptions.allocationInterval().equals(allocationInterval)) {
            allocatorOptions = allocatorOptions.toBuilder().allocationInterval(allocationInterval).build();
        }
    }

    /** The settings of the first slice; everything added since takes its default. */
    public MasterSettings(String hostname, Duration allocationInterval, Optional<Duration> offerTimeout,
            Duration heartbeatInterval, Duration agentPingTimeout, String allocator) {
        this(hostname, allocationInterval, offerTimeout, heartbeatInterval, agentPingTimeout, allocator,
                DEFAULT_MAX_AGENT_PING_TIMEOUTS, Optional.empty(), List.of(), DEFAULT_HOOK_TIMEOUT,
                DEFAULT_MAX_SUBSCRIBER_BACKLOG, DEFAULT_ALLOCATOR_OPTIONS);
    }

    public static MasterSettings defaults() {
        return new MasterSettings("", Duration.ofSeconds(1), Optional.empty(), Duration.ofSeconds(15),
                Duration.ofSeconds(15), DEFAULT_ALLOCATOR);
    }

    public MasterSettings withHostname(String name) {
        return new MasterSettings(name, allocationInterval, offerTimeout, heartbeatInterval, agentPingTimeout,
                allocator, maxAgentPingTimeouts, agentRemovalRateLimit, hooks, hookTimeout, maxSubscriberBacklog,
                allocatorOptions);
    }

    public MasterSettings withOfferTimeout(Optional<Duration> timeout) {
        return new MasterSettings(hostname, allocationInterval, timeout, heartbeatInterval, agentPingTimeout,
                allocator, maxAgentPingTimeouts, agentRemovalRateLimit, hooks, hookTimeout, maxSubscriberBacklog,
                allocatorOptions);
    }

    public MasterSettings withHeartbeatInterval(Duration interval) {
        return new MasterSettings(hostname, allocationInterval, offerTimeout, interval, agentPingTimeout,
                allocator, maxAgentPingTimeouts, agentRemovalRateLimit, hooks, hookTimeout, maxSubscriberBacklog,
                allocatorOptions);
    }

    public MasterSettings withAgentPingTimeout(Duration timeout) {
        return new MasterSettings(hostname, allocationInterval, offerTimeout, heartbeatInterval, timeout,
                allocator, maxAgentPingTimeouts, agentRemovalRateLimit, hooks, hookTimeout, maxSubscriberBacklog,
                allocatorOptions);
    }

    /** Agent health checking: pings every {@code timeout}, unreachable after {@code maxTimeouts} missed pongs. */
    public MasterSettings withAgentHealth(Duration timeout, int maxTimeouts, Optional<RateLimit> removalLimit) {
        return new MasterSettings(hostname, allocationInterval, offerTimeout, heartbeatInterval, timeout,
                allocator, maxTimeouts, removalLimit, hooks, hookTimeout, maxSubscriberBacklog,
                allocatorOptions);
    }

    public MasterSettings withHooks(List<String> order, Duration timeout) {
        return new MasterSettings(hostname, allocationInterval, offerTimeout, heartbeatInterval, agentPingTimeout,
                allocator, maxAgentPingTimeouts, agentRemovalRateLimit, order, timeout, maxSubscriberBacklog,
                allocatorOptions);
    }

    public MasterSettings withMaxSubscriberBacklog(long bytes) {
        return new MasterSettings(hostname, allocationInterval, offerTimeout, heartbeatInterval, agentPingTimeout,
                allocator, maxAgentPingTimeouts, agentRemovalRateLimit, hooks, hookTimeout, bytes,
                allocatorOptions);
    }

    /** The allocator options but the interval, which stays {@link #allocationInterval()}. */
    public MasterSettings withAllocatorOptions(AllocatorOptions options) {
        return new MasterSettings(hostname, allocationInterval, offerTimeout, heartbeatInterval, agentPingTimeout,
                allocator, maxAgentPingTimeouts, agentRemovalRateLimit, hooks, hookTimeout, maxSubscriberBacklog,
                options);
    }

    private static void positive(Duration duration, String flag) {
        Objects.requireNonNull(duration, flag);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(flag + " must be longer than zero, got " + duration);
        }
    }
}
