package io.osmos.allocator.random;

import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import io.osmos.runtime.actor.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The allocator's state and its allocation schedule, for one {@code initialize}. Every method runs on
 * the allocator's actor. Allocation runs are batched: however many events ask for one, at most one run
 * is pending, and it sees all of them.
 */
final class AllocatorProcess {
    private static final Logger LOG = LoggerFactory.getLogger(AllocatorProcess.class);

    final Cluster cluster = new Cluster();
    final ResourceEvents resources;
    private final AllocatorOptions options;
    private final OfferCallback callback;
    private final Clock clock;
    private final Random random;
    private final Actor actor;
    private final AllocatorMetrics metrics;
    private final MinAllocatable minAllocatable;
    private final Set<String> quotaRolesReported = new HashSet<>();
    private boolean allocationPending;
    private boolean paused;
    private boolean closed;
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
        this.minAllocatable = new MinAllocatable(options.minAllocatableResources());
        this.resources = new ResourceEvents(cluster, options.allocationInterval());
    }

    Instant now() {
        return clock.instant();
    }

    /** Asks for an allocation run soon; a run already pending covers this request too. */
    void requestAllocation() {
        if (!allocationPending && !closed) {
            allocationPending = true;
            actor.tell(() -> {
                allocationPending = false;
                allocate();
            });
        }
    }

    /** Runs the policy now, unless paused or still recovering, and hands the offers to the master. */
    void allocate() {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        cluster.frameworks.values().forEach(framework -> framework.filters.expire(now));
        if (!paused && recoveryTarget == 0) {
            long start = System.nanoTime();
            var offers = new AllocationRun(cluster, minAllocatable, options.filterGpuResources(), random, now).run();
            metrics.allocationRan(System.nanoTime() - start);
            offers.forEach(this::send);
        }
        metrics.publish(cluster);
    }

    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
        requestAllocation();
    }

    /**
     * After a master failover, holds allocation back until enough agents re-registered or the recovery
     * timeout passed, as Mesos does. Mesos waits only when quota is set, since a partial view of the
     * cluster is harmful only when guarantees must be met; the same rule is kept here so that swapping
     * between allocators never changes when offers start.
     */
    void recover(int expectedAgentCount, Map<String, QuotaConfig> quotas) {
        int target = (int) (expectedAgentCount * options.agentRecoveryFactor());
        if (quotas.isEmpty() || target <= 0 || cluster.agents.size() >= target) {
            return;
        }
        recoveryTarget = target;
        recoveryTimeout = actor.delay(options.recoveryTimeout(), this::endRecovery);
        LOG.info("Holding back allocation until {} agents re-register or {} passes", target, options.recoveryTimeout());
    }

    // The random policy has no notion of guarantees or limits; say so once rather than pretend.
    void quotaUpdated(String role) {
        if (quotaRolesReported.add(role)) {
            LOG.warn("Quota for role '{}' is kept by the master but not enforced by the random allocator", role);
        }
    }

    /** @param capabilities the agent's, or null when the master did not say: then nothing is held back */
    void addAgent(AgentID agentId, Resources total, Map<FrameworkID, Resources> used,
            List<AgentInfo.Capability> capabilities) {
        cluster.addAgent(agentId, total, used, capabilities);
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
            offer.values().forEach(byAgent -> byAgent.forEach((agentId, held) -> {
                Agent agent = cluster.agents.get(agentId);
                if (agent != null) {
                    agent.untrack(frameworkId, held);
                }
            }));
        }
    }
}
