package io.osmos.allocator.random;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One pass of the random policy. Agents are visited in random order; on each, candidates (framework,
 * role) come in the random sorter's order, and the first that may take something gets everything on
 * the agent allocatable to that role: unreserved resources and those reserved to the role. Whatever is
 * left, typically reservations for other roles, goes on to the next candidates. The resources are
 * marked held at once, so nothing is offered twice.
 */
final class AllocationRun {
    private final Cluster cluster;
    private final MinAllocatable minAllocatable;
    private final boolean filterGpuResources;
    private final Random random;
    private final Instant now;

    AllocationRun(Cluster cluster, MinAllocatable minAllocatable, boolean filterGpuResources, Random random,
            Instant now) {
        this.cluster = cluster;
        this.minAllocatable = minAllocatable;
        this.filterGpuResources = filterGpuResources;
        this.random = random;
        this.now = now;
    }

    /**
     * The offers made, per framework, per role, per agent; each agent's resources carry their role.
     * Only agents with something available are visited (see {@link FreeAgents}), in random order.
     */
    Map<FrameworkID, Map<String, Map<AgentID, Resources>>> run() {
        Map<FrameworkID, Map<String, Map<AgentID, Resources>>> offers = new LinkedHashMap<>();
        List<Candidate> candidates = candidates();
        if (candidates.isEmpty()) {
            return offers;
        }
        Candidate.Draw draw = new Candidate.Draw(candidates);
        List<Agent> agents = cluster.free.now();
        Collections.shuffle(agents, random);
        for (Agent agent : agents) {
            if (!agent.active) {
                continue;
            }
            Resources remaining = agent.available();
            for (Candidate candidate : draw.order(cluster::weight, random)) {
                Resources offer = offerable(candidate, agent, remaining);
                if (offer.isEmpty()) {
                    continue;
                }
                Resources allocated = offer.allocate(candidate.role());
                agent.track(candidate.framework().id, allocated);
                remaining = remaining.minus(offer);
                offers.computeIfAbsent(candidate.framework().id, id -> new LinkedHashMap<>())
                        .computeIfAbsent(candidate.role(), role -> new LinkedHashMap<>())
                        .put(agent.id, allocated);
                if (remaining.isEmpty()) {
                    break;
                }
            }
        }
        return offers;
    }

    private List<Candidate> candidates() {
        List<Candidate> candidates = new ArrayList<>();
        for (Framework framework : cluster.frameworks.values()) {
            if (framework.active) {
                framework.offerableRoles().forEach(role -> candidates.add(new Candidate(framework, role)));
            }
        }
        return candidates;
    }

    /** What this candidate would be offered out of the agent's remaining resources; empty if nothing. */
    private Resources offerable(Candidate candidate, Agent agent, Resources remaining) {
        Framework framework = candidate.framework();
        // As in Mesos, GPU agents are kept for frameworks that can use GPUs.
        if (filterGpuResources && agent.total().gpus() > 0 && !framework.capable(Capability.Type.GPU_RESOURCES)) {
            return Resources.EMPTY;
        }
        // As in Mesos, old agents are kept from MULTI_ROLE frameworks and from hierarchical roles.
        if (!agent.multiRole && framework.capable(Capability.Type.MULTI_ROLE)
                || !agent.hierarchicalRole && candidate.role().indexOf('/') >= 0) {
            return Resources.EMPTY;
        }
        Resources offer = remaining.allocatableTo(candidate.role());
        if (!framework.capable(Capability.Type.REVOCABLE_RESOURCES)) {
            offer = offer.nonRevocable();
        }
        if (!minAllocatable.allows(offer, framework, candidate.role())
                || framework.filters.filtered(candidate.role(), agent.id, offer, now)) {
            return Resources.EMPTY;
        }
        return offer;
    }
}
