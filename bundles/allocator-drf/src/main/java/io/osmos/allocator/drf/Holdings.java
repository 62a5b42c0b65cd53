package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What frameworks hold on agents, outside allocation runs: resources seeded by the master (a framework
 * or agent added with used resources, which is how a swap hands state over), given back, or released
 * when a framework or agent goes. An agent's free resources are always its total less what is held.
 */
final class Holdings {
    private static final Logger LOG = LoggerFactory.getLogger(Holdings.class);
    private final Cluster cluster;

    Holdings(Cluster cluster) {
        this.cluster = cluster;
    }

    /**
     * Counts {@code used} as held by the framework, as far as it fits in what is free; what does not
     * fit is reported and left out, because counting it would leave the agent over-committed forever.
     */
    void hold(Agent agent, FrameworkID frameworkId, Resources used) {
        if (used.isEmpty()) {
            return;
        }
        Framework framework = cluster.frameworks.get(frameworkId);
        // Nearly always all of it is allocated to one of the framework's roles: then nothing needs splitting.
        String sole = framework == null ? null : ByRole.soleRole(used, framework.roles);
        Map<String, Resources> parts = sole != null ? Map.of(sole, used)
                : ByRole.split(used, framework == null ? List.of() : framework.roles, fallbackRole(framework));
        Resources normalised = sole != null ? used : Resources.EMPTY;
        if (sole == null) {
            for (Resources part : parts.values()) {
                normalised = normalised.plus(part);
            }
        }
        Resources plain = cluster.shapes.unallocated(normalised);
        Resources rest = cluster.shapes.rest(agent.available(), plain);
        Resources kept = normalised;
        if (rest == null) {
            kept = fit(agent.available(), normalised);
            LOG.warn("Framework {} is said to hold {} on agent {}, beyond its free {}; counting only {}",
                    frameworkId.getValue(), used, agent, agent.available(), kept);
            if (kept.isEmpty()) {
                return;
            }
            parts = ByRole.split(kept, parts.keySet(), fallbackRole(framework));
            plain = kept.unallocated();
            rest = agent.available().minus(plain);
        }
        agent.setAvailable(rest);
        agent.allocations.merge(frameworkId, kept, Resources::plus);
        if (framework == null) {
            // The master adds the framework next; until then the resources are held but not sorted.
            cluster.pending.computeIfAbsent(frameworkId, id -> new ArrayList<>()).add(agent);
            return;
        }
        Resources whole = kept;
        Resources wholePlain = plain;
        parts.forEach((role, part) -> {
            // Amounts do not depend on allocation roles: agents alike share the breakdown of what they hold.
            Breakdown breakdown = cluster.shapes.breakdown(part == whole ? wholePlain : part.unallocated(),
                    agent.scalarNames());
            cluster.account(cluster.track(framework, role), breakdown, true);
        });
    }

    /** Sorts what an agent held for a framework that was not known when the agent was added. */
    void adopt(Agent agent, Framework framework) {
        Resources held = agent.allocations.get(framework.id);
        if (held == null) {
            return;
        }
        ByRole.split(held, framework.roles, fallbackRole(framework)).forEach((role, part) ->
                cluster.account(cluster.track(framework, role), agent.breakdown(part, cluster.names), true));
    }

    /** Resources given back in one role, without their allocation. */
    record Returned(String role, Resources resources) {
    }

    /**
     * Gives resources back: they are free again. Resources the framework does not hold are ignored.
     *
     * @return the parts actually given back, one per role
     */
    List<Returned> giveBack(Agent agent, FrameworkID frameworkId, Resources resources) {
        Resources held = agent.allocations.get(frameworkId);
        if (held == null) {
            return List.of();
        }
        Resources returned = resources;
        if (held == resources) {
            agent.allocations.remove(frameworkId);
        } else {
            Resources rest = held.minus(resources);
            returned = held.contains(resources) ? resources : held.minus(rest);
            if (rest.isEmpty()) {
                agent.allocations.remove(frameworkId);
            } else {
                agent.allocations.put(frameworkId, rest);
            }
        }
        Framework framework = cluster.frameworks.get(frameworkId);
        Offerable source = agent.handedOutAs(returned);
        if (source != null) {
            // A whole cached offer coming back, as declines do: nothing needs computing.
            agent.setAvailable(source.leftAfterOffer(agent.available()) ? source.base
                    : agent.available().plus(source.offer));
            unsort(framework, source.role, source.breakdown(cluster.names, agent.scalarNames()));
            return List.of(new Returned(source.role, source.offer));
        }
        List<Returned> parts = new ArrayList<>();
        ByRole.split(returned, framework == null ? List.of() : framework.roles, fallbackRole(framework))
                .forEach((role, part) -> {
                    Resources free = part.unallocated();
                    agent.setAvailable(agent.available().plus(free));
                    unsort(framework, role, agent.breakdown(free, cluster.names));
                    parts.add(new Returned(role, free));
                });
        return parts;
    }

    private void unsort(Framework framework, String role, Breakdown breakdown) {
        FrameworkRole tracked = framework == null ? null : framework.tracked.get(role);
        if (tracked != null) {
            cluster.account(tracked, breakdown, false);
            cluster.untrackIfIdle(tracked);
        }
    }

    /** Gives back everything a framework holds on an agent. */
    void release(Agent agent, FrameworkID frameworkId) {
        Resources held = agent.allocations.get(frameworkId);
        if (held != null) {
            giveBack(agent, frameworkId, held);
        }
    }

    private static String fallbackRole(Framework framework) {
        return framework == null ? "*" : framework.fallbackRole;
    }

    // Resource by resource, so a seed that disagrees with the total keeps what does fit.
    private static Resources fit(Resources free, Resources wanted) {
        Resources left = free;
        Resources kept = Resources.EMPTY;
        for (Resource resource : wanted) {
            Resources one = Resources.of(resource);
            if (left.contains(one.unallocated())) {
                left = left.minus(one.unallocated());
                kept = kept.plus(one);
            }
        }
        return kept;
    }
}
