package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import java.util.ArrayList;
import java.util.List;

/**
 * Visiting one agent in one stage of a run: roles in DRF order, frameworks of each role in DRF order,
 * each offered what it may take, as Mesos's allocation loop does. Each offer is booked at once, so the
 * frameworks after it see what is left.
 */
final class AgentVisit {
    private final Cluster cluster;
    private final MinAllocatable minimum;
    private final boolean filterGpus;
    private final Headroom headroom;
    private final Offers offers;
    private final boolean quotaStage;

    AgentVisit(Cluster cluster, MinAllocatable minimum, boolean filterGpus, Headroom headroom, Offers offers,
            boolean quotaStage) {
        this.cluster = cluster;
        this.minimum = minimum;
        this.filterGpus = filterGpus;
        this.headroom = headroom;
        this.offers = offers;
        this.quotaStage = quotaStage;
    }

    /** A quiet agent shown to the frameworks that changed since, in DRF order; the rest refused it. */
    void visitChanged(Agent agent) {
        cluster.roleSorter.walk(role -> {
            if (agent.available().isEmpty()) {
                return false;
            }
            List<FrameworkRole> changed = agent.onlyChanged.get(role);
            if (changed == null) {
                return true;
            }
            List<FrameworkRole> ordered = new ArrayList<>(changed);
            ordered.sort((left, right) -> role.frameworkSorter.compare(left.client(), right.client()));
            boolean untouched = headroom.untouched(role);
            for (FrameworkRole tracked : ordered) {
                Framework framework = tracked.framework;
                boolean current = framework.tracked.get(role.name) == tracked
                        && cluster.frameworks.get(framework.id) == framework;
                if (current && framework.wants(role.name) && !offer(agent, role, tracked, untouched)) {
                    break;
                }
            }
            return true;
        });
    }

    void visit(Agent agent) {
        cluster.roleSorter.walk(role -> {
            if (agent.available().isEmpty()) {
                return false;
            }
            if (quotaStage && headroom.unsatisfied(role).isEmpty()) {
                return true;
            }
            boolean untouched = !quotaStage && headroom.untouched(role);
            role.frameworkSorter.walk(tracked -> offer(agent, role, tracked, untouched));
            return true;
        });
    }

    /**
     * Offers the agent's resources to one framework in one role if it may take them; false ends the
     * role's turn. {@code untouched}: quota will neither cut nor charge this offer.
     */
    private boolean offer(Agent agent, Role role, FrameworkRole tracked, boolean untouched) {
        Framework framework = tracked.framework;
        Offerable offerable = agent.offerable(role.name, framework.capabilities.strip());
        if (offerable.allocatable.isEmpty()) {
            return false; // nothing left here for this role
        }
        Resources available = offerable.offer;
        // The cheapest test first: on a cluster where everything was declined, most visits end here.
        if (untouched && agent.filters.filtered(tracked.slot, available)) {
            return true;
        }
        boolean own = tracked.minimums != null;
        if (own ? !minimum.allows(offerable.allocatable, tracked) : !offerable.defaultAllowsAllocatable(minimum)) {
            return true;
        }
        // As in Mesos, GPU agents are kept for frameworks that can use GPUs (MESOS-5634).
        if (filterGpus && agent.hasGpus() && !framework.capabilities.gpus()) {
            return true;
        }
        Headroom.Quote quote = null;
        Resources toOffer = available;
        if (quotaStage) {
            quote = headroom.guaranteeOffer(role, available);
            toOffer = quote.offer();
            if (toOffer.isEmpty()) {
                return true;
            }
        } else if (!untouched) {
            quote = headroom.fairShareOffer(role, available);
            toOffer = quote.offer();
        }
        boolean allowed = toOffer == available && !own ? offerable.defaultAllowsOffer(minimum)
                : minimum.allows(toOffer, tracked);
        if (!allowed || !untouched && agent.filters.filtered(tracked.slot, toOffer)) {
            return true;
        }
        if (quote != null) {
            if (quotaStage) {
                headroom.chargeGuaranteed(role, quote);
            } else {
                headroom.chargeFairShare(role, quote);
            }
        }
        allocate(agent, role, tracked, offerable, toOffer);
        return !quotaStage || !headroom.unsatisfied(role).isEmpty();
    }

    private void allocate(Agent agent, Role role, FrameworkRole tracked, Offerable offerable, Resources toOffer) {
        Breakdown breakdown;
        Resources allocated;
        if (toOffer == offerable.offer) {
            // The whole cached offer: its allocated form, split and remainder are reused as they are.
            breakdown = offerable.breakdown(cluster.names, agent.scalarNames());
            allocated = offerable.allocated();
            agent.setAvailable(offerable.remainder());
        } else {
            breakdown = agent.breakdown(toOffer, cluster.names);
            allocated = toOffer.allocate(role.name);
            agent.setAvailable(agent.available().minus(toOffer));
        }
        cluster.allocated(agent, tracked, allocated, breakdown);
        offers.add(tracked.framework.id, role.name, agent.id, allocated);
    }
}
