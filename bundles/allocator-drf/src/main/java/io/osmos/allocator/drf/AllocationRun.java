package io.osmos.allocator.drf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One allocation run of the hierarchical allocator, Mesos's two stages. Agents are visited in random
 * order; on each, roles come in DRF order and, within a role, frameworks in DRF order. The quota stage
 * serves only roles below their guarantees; the fair-share stage serves everyone. Each decision is
 * booked at once, so the order adapts as the run goes and nothing is offered twice.
 *
 * <p>An agent where a visit found nothing to offer is skipped until it changes, or is shown only to
 * the frameworks that changed since (see {@link Changes}), which keeps a run over a cluster whose
 * frameworks refused everything at the cost of a glance per agent.
 */
final class AllocationRun {
    private final Cluster cluster;
    private final MinAllocatable minimum;
    private final boolean filterGpus;
    private final Random random;
    private final long now;
    /** Room for 16 million agents in the low bits of a shuffle key. */
    private static final long INDEX_MASK = (1L << 24) - 1;
    private final Offers offers = new Offers();
    private boolean expired;
    private boolean thorough;
    private final Map<Long, Map<Role, List<FrameworkRole>>> changedSince = new HashMap<>();
    private long lastQuietAt = -1;
    private Map<Role, List<FrameworkRole>> lastChanged;

    AllocationRun(Cluster cluster, MinAllocatable minimum, boolean filterGpus, Random random, long nowNanos) {
        this.cluster = cluster;
        this.minimum = minimum;
        this.filterGpus = filterGpus;
        this.random = random;
        this.now = nowNanos;
    }

    /** For tests: visits every agent in full, as if none had been found quiet before. */
    AllocationRun thorough() {
        thorough = true;
        return this;
    }

    Offers run() {
        // Drawn whatever happens next, so that skipping quiet agents never changes the random order.
        long quotaStageOrder = random.nextLong();
        long fairShareOrder = random.nextLong();
        List<Agent> agents = candidates();
        if (agents.isEmpty()) {
            cluster.stampAtLastRun = cluster.changes.stamp();
            return offers;
        }
        Headroom headroom = new Headroom(cluster);
        boolean bothStages = headroom.guaranteesUnmet();
        if (bothStages) {
            AgentVisit quotaStage = new AgentVisit(cluster, minimum, filterGpus, headroom, offers, true);
            shuffle(agents, quotaStageOrder);
            for (Agent agent : agents) {
                quotaStage.visit(agent);
                agent.stampAfterQuotaStage = cluster.changes.stamp();
            }
        }
        AgentVisit fairShareStage = new AgentVisit(cluster, minimum, filterGpus, headroom, offers, false);
        // Shuffled again, to spread out the quota stage's bias towards the agents it saw first.
        shuffle(agents, fairShareOrder);
        for (Agent agent : agents) {
            if (agent.onlyChanged != null && !bothStages) {
                fairShareStage.visitChanged(agent);
            } else {
                fairShareStage.visit(agent);
            }
            agent.onlyChanged = null;
            // Quiet only if neither stage found anything and the quota stage saw the same cluster.
            long stamp = cluster.changes.stamp();
            boolean unchanged = agent.version == agent.versionAtRunStart;
            if (unchanged && (!bothStages || agent.stampAfterQuotaStage == stamp)) {
                agent.quietAt = stamp;
            } else {
                agent.changed(); // not known to be quiet: the next run must look again
            }
        }
        cluster.stampAtLastRun = cluster.changes.stamp();
        if (!offers.isEmpty() && cluster.guaranteeRoles > 0) {
            // Within a run, Mesos charges a nested role's offers to no quota; the next run counts them
            // against its top-level role's guarantee, which shrinks the headroom held back. So after
            // offers, agents found quiet under this run's headroom may have something for the next one.
            cluster.touch();
        }
        return offers;
    }

    /**
     * A random order (Mesos shuffles the agents) in which any subset of agents keeps its relative
     * order: each agent's place comes from its serial number and the run's draw, not from which other
     * agents happen to need a visit.
     */
    private static void shuffle(List<Agent> agents, long draw) {
        // Sorting primitive keys: the high bits are the agent's place, the low ones its index here.
        long[] keys = new long[agents.size()];
        for (int i = 0; i < keys.length; i++) {
            long z = draw + agents.get(i).serial * 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            keys[i] = ((z ^ (z >>> 31)) & ~INDEX_MASK) | i;
        }
        Arrays.sort(keys);
        Agent[] ordered = new Agent[keys.length];
        for (int i = 0; i < keys.length; i++) {
            ordered[i] = agents.get((int) (keys[i] & INDEX_MASK));
        }
        for (int i = 0; i < ordered.length; i++) {
            agents.set(i, ordered[i]);
        }
    }

    /** Whether filters lapsed during this run. */
    boolean expiredFilters() {
        return expired;
    }

    /**
     * Agents worth a visit. Without news for quiet agents (no framework or quota change, no filter
     * due to expire) only the agents changed since the last run are looked at; otherwise all are, and
     * expired filters are swept on the way.
     */
    private List<Agent> candidates() {
        long stamp = cluster.changes.stamp();
        List<Agent> changed = cluster.changes.drainAwake();
        if (now >= cluster.earliestExpiry) {
            sweepFilters();
        }
        boolean all = thorough || stamp != cluster.stampAtLastRun;
        List<Agent> agents = new ArrayList<>();
        for (Agent agent : all ? cluster.agentList : changed) {
            boolean quiet = agent.quietAt == stamp && !thorough;
            if (agent.active && !agent.removed && !quiet && !agent.available().isEmpty()) {
                agent.versionAtRunStart = agent.version;
                agent.onlyChanged = agent.quietAt < 0 || thorough ? null : changedSince(agent.quietAt);
                agents.add(agent);
            }
        }
        // Filters swept just now woke their agents after the list of changed ones was taken.
        if (!all) {
            for (Agent agent : cluster.changes.drainAwake()) {
                if (agent.active && !agent.removed && !agent.available().isEmpty()) {
                    agent.versionAtRunStart = agent.version;
                    agent.onlyChanged = null;
                    agents.add(agent);
                }
            }
        }
        return agents;
    }

    private void sweepFilters() {
        long earliest = Long.MAX_VALUE;
        for (Agent agent : cluster.agentList) {
            if (agent.filters.nextExpiry() <= now) {
                agent.filters.expire(now, slot -> {
                    FrameworkRole tracked = cluster.bySlot(slot);
                    if (tracked != null) {
                        tracked.filters--;
                    }
                });
                agent.changed();
                expired = true;
            }
            earliest = Math.min(earliest, agent.filters.nextExpiry());
        }
        cluster.earliestExpiry = earliest;
    }

    // Agents that went quiet together (usually all of them) share one list of what changed since.
    private Map<Role, List<FrameworkRole>> changedSince(long since) {
        if (since != lastQuietAt) {
            lastQuietAt = since;
            lastChanged = changedSince.computeIfAbsent(since, this::changedByRole);
        }
        return lastChanged;
    }

    private Map<Role, List<FrameworkRole>> changedByRole(long since) {
        Set<FrameworkRole> changed = cluster.changes.since(since);
        if (changed == null) {
            return null;
        }
        Map<Role, List<FrameworkRole>> byRole = new HashMap<>();
        for (FrameworkRole tracked : changed) {
            byRole.computeIfAbsent(tracked.role, role -> new ArrayList<>()).add(tracked);
        }
        return byRole;
    }
}
