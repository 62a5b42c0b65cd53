package io.osmos.allocator.drf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

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
    private boolean thorough;
    private Candidates candidates;

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
        candidates = new Candidates(cluster, now, thorough);
        List<Agent> agents = candidates.select();
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
            boolean full = agent.onlyChanged == null || bothStages;
            if (full) {
                fairShareStage.visit(agent);
            } else {
                fairShareStage.visitChanged(agent);
            }
            agent.onlyChanged = null;
            // Quiet only if neither stage found anything and the quota stage saw the same cluster.
            long stamp = cluster.changes.stamp();
            boolean unchanged = agent.version == agent.versionAtRunStart;
            if (unchanged && fairShareStage.refusedWhole() && (full || agent.refusedBefore)) {
                agent.refusedAtVersion = agent.version;
                agent.refusedAtSeekers = cluster.changes.seekers();
            }
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
        return candidates != null && candidates.expiredFilters();
    }
}
