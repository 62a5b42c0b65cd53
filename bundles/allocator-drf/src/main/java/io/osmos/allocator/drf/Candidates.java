package io.osmos.allocator.drf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agents one allocation run must visit, and how. An agent where a visit found nothing to offer is
 * skipped until it changes, or is shown only to the frameworks that changed since (see {@link Changes});
 * an agent that every framework refused in full stays so through changes of quota too. This keeps a run
 * over a cluster whose frameworks refused everything at the cost of a glance per agent.
 */
final class Candidates {
    private final Cluster cluster;
    private final long now;
    private final boolean thorough;
    private boolean expired;
    private final Map<Long, Map<Role, List<FrameworkRole>>> changedSince = new HashMap<>();
    private long lastRefusedAt = -1;
    private Map<Role, List<FrameworkRole>> lastSinceRefused;
    private long lastQuietAt = -1;
    private Map<Role, List<FrameworkRole>> lastChanged;

    Candidates(Cluster cluster, long nowNanos, boolean thorough) {
        this.cluster = cluster;
        this.now = nowNanos;
        this.thorough = thorough;
    }

    /** Whether filters lapsed when the agents were selected. */
    boolean expiredFilters() {
        return expired;
    }

    /**
     * Agents worth a visit. Without news for quiet agents (no framework or quota change, no filter
     * due to expire) only the agents changed since the last run are looked at; otherwise all are, and
     * expired filters are swept on the way.
     */
    List<Agent> select() {
        long stamp = cluster.changes.stamp();
        List<Agent> changed = cluster.changes.drainAwake();
        if (now >= cluster.earliestExpiry) {
            sweepFilters();
        }
        boolean all = thorough || stamp != cluster.stampAtLastRun;
        List<Agent> agents = new ArrayList<>();
        long seekers = cluster.changes.seekers();
        for (Agent agent : all ? cluster.agentList : changed) {
            if (!agent.active || agent.removed || agent.available().isEmpty() || !thorough && agent.quietAt == stamp) {
                continue;
            }
            // Refused in full by every framework, and unchanged since: only frameworks that changed since
            // can want anything here, whatever happened to quota meanwhile.
            boolean refused = !thorough && agent.refusedAtVersion == agent.version;
            if (refused && agent.refusedAtSeekers == seekers) {
                continue;
            }
            agent.versionAtRunStart = agent.version;
            Map<Role, List<FrameworkRole>> sinceRefused = refused ? seekersSince(agent.refusedAtSeekers) : null;
            agent.refusedBefore = sinceRefused != null;
            agent.onlyChanged = sinceRefused != null ? sinceRefused
                    : agent.quietAt < 0 || thorough ? null : changedSince(agent.quietAt);
            agents.add(agent);
        }
        // Filters swept just now woke their agents after the list of changed ones was taken.
        if (!all) {
            for (Agent agent : cluster.changes.drainAwake()) {
                if (agent.active && !agent.removed && !agent.available().isEmpty()) {
                    agent.versionAtRunStart = agent.version;
                    agent.onlyChanged = null;
                    agent.refusedBefore = false;
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

    // Agents refused together (usually all of them) share one list of the frameworks changed since.
    private Map<Role, List<FrameworkRole>> seekersSince(long since) {
        if (since != lastRefusedAt) {
            lastRefusedAt = since;
            lastSinceRefused = byRole(cluster.changes.seekersSince(since));
        }
        return lastSinceRefused;
    }

    private Map<Role, List<FrameworkRole>> changedByRole(long since) {
        return byRole(cluster.changes.since(since));
    }

    private static Map<Role, List<FrameworkRole>> byRole(Set<FrameworkRole> changed) {
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
