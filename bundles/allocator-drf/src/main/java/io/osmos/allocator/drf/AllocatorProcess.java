package io.osmos.allocator.drf;

import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import io.osmos.runtime.actor.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The allocator's state and schedule for one {@code initialize}. Every method runs on the allocator's
 * actor. Runs are batched: however many events ask for one, at most one is pending, and it sees all
 * of them.
 */
final class AllocatorProcess {
    private static final Logger LOG = LoggerFactory.getLogger(AllocatorProcess.class);
    /** How long a run asked for by an event waits for more events to join it. */
    static final Duration TRIGGER_DELAY = Duration.ofMillis(10);
    /** Gauges are recomputed at most this often after events, since that walks every framework. */
    private static final long PUBLISH_EVERY_NANOS = 100_000_000L;

    final Cluster cluster;
    final Holdings holdings;
    final ResourceEvents resources;
    final AgentEvents agents;
    final FrameworkEvents frameworks;
    final RoleEvents roles;
    private final AllocatorOptions options;
    private final OfferCallback callback;
    private final Clock clock;
    private final Random random;
    private final Actor actor;
    private final AllocatorMetrics metrics;
    private final MinAllocatable minimum;
    private long requestedAt = -1;
    private boolean paused;
    private boolean closed;
    private boolean metricsStale = true;
    private long publishedAt;
    /** For tests: visit every agent in full on every run. */
    boolean thorough;
    /** For tests: a run asked for happens at once, so thread timing cannot batch runs differently. */
    boolean immediate;
    private int recoveryTarget; // agents awaited after a failover; 0 when not recovering
    private ScheduledFuture<?> recoveryTimeout;

    AllocatorProcess(AllocatorOptions options, OfferCallback callback, Clock clock, Random random, Actor actor,
            AllocatorMetrics metrics) {
        this.options = options;
        this.callback = callback;
        this.clock = clock;
        this.random = random;
        this.actor = actor;
        this.metrics = metrics;
        this.cluster = new Cluster(options.fairSharingExcludedResourceNames());
        this.minimum = new MinAllocatable(options.minAllocatableResources(), cluster.names);
        this.holdings = new Holdings(cluster);
        this.resources = new ResourceEvents(cluster, holdings, options.allocationInterval());
        this.agents = new AgentEvents(cluster, holdings, resources);
        this.frameworks = new FrameworkEvents(cluster, holdings);
        this.roles = new RoleEvents(cluster);
    }

    long nowNanos() {
        return nanos(clock);
    }

    static long nanos(Clock clock) {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** Something changed: gauges are recomputed after the next run. */
    void stale() {
        metricsStale = true;
    }

    /**
     * Asks for an allocation run soon; a run already pending covers this request too. The run waits a
     * few milliseconds, so that a burst of events (ten thousand agents re-registering after a failover)
     * is served by a handful of runs rather than one per event.
     */
    void requestAllocation() {
        if (immediate) {
            requestedAt = System.nanoTime();
            allocate();
            return;
        }
        if (requestedAt < 0 && !closed) {
            requestedAt = System.nanoTime();
            Duration delay = TRIGGER_DELAY.compareTo(options.allocationInterval()) < 0
                    ? TRIGGER_DELAY : options.allocationInterval();
            actor.delay(delay, () -> {
                if (requestedAt >= 0) {
                    allocate();
                }
            });
        }
    }

    /** Runs the policy now, unless paused or still recovering, and hands the offers to the master. */
    void allocate() {
        long latency = requestedAt < 0 ? 0 : System.nanoTime() - requestedAt;
        requestedAt = -1;
        if (closed || paused || recoveryTarget > 0) {
            return;
        }
        long start = System.nanoTime();
        AllocationRun run = new AllocationRun(cluster, minimum, options.filterGpuResources(), random, nowNanos());
        if (thorough) {
            run.thorough();
        }
        Offers offers = run.run();
        metrics.allocationRan(System.nanoTime() - start, latency);
        offers.forEach(this::send);
        metricsStale |= !offers.isEmpty() || run.expiredFilters();
        if (metricsStale && (immediate || System.nanoTime() - publishedAt >= PUBLISH_EVERY_NANOS)) {
            metrics.publish(cluster);
            metricsStale = false;
            publishedAt = System.nanoTime();
        }
    }

    void pause() {
        paused = true;
    }

    void resume() {
        if (paused) {
            paused = false;
            allocate(); // what came meanwhile (a swap's whole seed) is in: no reason to wait for more
        }
    }

    /**
     * After a master failover with quota set, holds allocation back until enough agents re-registered
     * or the recovery timeout passed, because offers made from a partial view of the cluster could
     * hand to quota roles what others need (Mesos: HierarchicalAllocatorProcess::recover).
     */
    void recover(int expectedAgentCount, Map<String, QuotaConfig> quotas) {
        if (quotas.isEmpty()) {
            return;
        }
        quotas.forEach(roles::updateQuota);
        int target = (int) (expectedAgentCount * options.agentRecoveryFactor());
        if (target <= 0 || cluster.agents.size() >= target) {
            return;
        }
        recoveryTarget = target;
        recoveryTimeout = actor.delay(options.recoveryTimeout(), this::endRecovery);
        LOG.info("Holding back allocation until {} agents re-register or {} passes", target, options.recoveryTimeout());
    }

    void addAgent(AgentID agentId, AgentInfo info, AgentCapabilities capabilities, Resources total,
            Map<FrameworkID, Resources> used) {
        agents.add(agentId, info, capabilities, total, used);
        if (recoveryTarget > 0 && cluster.agents.size() >= recoveryTarget) {
            endRecovery();
        }
    }

    /** Stops this process for good: a later initialize made a new one. */
    void close() {
        closed = true;
        if (recoveryTimeout != null) {
            recoveryTimeout.cancel(false);
        }
    }

    private void endRecovery() {
        if (recoveryTarget > 0) {
            recoveryTarget = 0;
            recoveryTimeout.cancel(false);
            LOG.info("Allocation resumes with {} agents after the failover", cluster.agents.size());
            requestAllocation();
        }
    }

    // The master never throws here by contract; if it does anyway, the resources must not stay held
    // by an offer nobody will ever see.
    private void send(FrameworkID frameworkId, Map<String, Map<AgentID, Resources>> offer) {
        try {
            callback.offers(frameworkId, offer);
        } catch (RuntimeException e) {
            LOG.error("The master's offer callback failed for framework {}; taking the offer back",
                    frameworkId.getValue(), e);
            offer.values().forEach(byAgent -> byAgent.forEach((agentId, held) ->
                    resources.recover(frameworkId, agentId, held, Optional.empty(), nowNanos())));
        }
    }
}
