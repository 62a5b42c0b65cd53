package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Visiting one agent in one stage of a run: roles in DRF order, frameworks of each role in DRF order,
 * each offered what it may take, as Mesos's allocation loop does. Each offer is booked at once, so the
 * frameworks after it see what is left.
 */
final class AgentVisit implements SortWalk.PassBy {
    private final Cluster cluster;
    private final MinAllocatable minimum;
    private final boolean filterGpus;
    private final Headroom headroom;
    private final Offers offers;
    private final boolean quotaStage;
    /** The offerable resources of the agent and role being visited, by {@link Capabilities#strip()}. */
    private final Offerable[] offerables = new Offerable[8];
    /** What quota lets the role be offered of each of those; the same for all its frameworks of a kind. */
    private final Headroom.Quote[] quotes = new Headroom.Quote[8];
    /** Whether every framework of the last {@link #visit} had refused all the agent could offer it. */
    private boolean refusedWhole;
    /** The agent of the visit under way, and the role whose turn it is with what quota leaves it. */
    private Agent visiting;
    private Role visitingRole;
    private boolean visitingUntouched;
    /** The visitors of the walks, made once: a visit of each of ten thousand agents allocates none. */
    private final Predicate<Role> visitRole = this::visitRole;
    private final Predicate<FrameworkRole> offerInRole =
            tracked -> offer(visiting, visitingRole, tracked, visitingUntouched);

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
        refusedWhole = !quotaStage;
        cluster.roleSorter.walk(role -> {
            if (agent.available().isEmpty()) {
                return false;
            }
            List<FrameworkRole> changed = agent.onlyChanged.get(role);
            if (changed == null || !agent.capabilities.serves(role.name)) {
                return true;
            }
            // Frameworks that changed may have left since; the rest are shown the agent in DRF order.
            List<FrameworkRole> ordered = new ArrayList<>();
            for (FrameworkRole tracked : changed) {
                Framework framework = tracked.framework;
                if (framework.tracked.get(role.name) == tracked && cluster.frameworks.get(framework.id) == framework
                        && framework.wants(role.name)) {
                    ordered.add(tracked);
                }
            }
            ordered.sort((left, right) -> role.frameworkSorter.compare(left.client(), right.client()));
            boolean untouched = headroom.untouched(role);
            Arrays.fill(offerables, null);
            Arrays.fill(quotes, null);
            for (FrameworkRole tracked : ordered) {
                if (!offer(agent, role, tracked, untouched)) {
                    break;
                }
            }
            return true;
        });
    }

    /**
     * The frameworks of a kind that {@link #offer} would pass by at its refusal test, known without
     * touching them: the kind's offerable is current and found refused by their slots before. A refusal
     * is only ever recorded for an offerable with something allocatable, so the test before it in
     * {@link #offer} would have passed too.
     */
    @Override
    public long[] refused(int kind) {
        Offerable offerable = offerables[kind];
        return offerable != null && offerable.base == visiting.available()
                ? offerable.knownRefused(visiting.filters) : null;
    }

    void visit(Agent agent) {
        refusedWhole = !quotaStage;
        visiting = agent;
        cluster.roleSorter.walk(visitRole);
    }

    /** One role's turn on the agent being visited. */
    private boolean visitRole(Role role) {
        if (visiting.available().isEmpty()) {
            return false;
        }
        if (quotaStage && headroom.unsatisfied(role).isEmpty() || !visiting.capabilities.serves(role.name)) {
            return true;
        }
        visitingRole = role;
        visitingUntouched = !quotaStage && headroom.untouched(role);
        Arrays.fill(offerables, null);
        Arrays.fill(quotes, null);
        role.frameworkSorter.walk(offerInRole, this);
        return true;
    }

    /**
     * Whether, in the last visit, every framework shown the agent refused by a filter all the agent could
     * offer it (or its role could be offered nothing there). Quota and headroom only ever cut offers, so
     * until the agent changes or some framework may want offers anew, no visit can offer anything here.
     */
    boolean refusedWhole() {
        return refusedWhole;
    }

    /**
     * Offers the agent's resources to one framework in one role if it may take them; false ends the
     * role's turn. {@code untouched}: quota will neither cut nor charge this offer.
     */
    private boolean offer(Agent agent, Role role, FrameworkRole tracked, boolean untouched) {
        Offerable offerable = offerables[tracked.strip];
        if (offerable == null || offerable.base != agent.available()) {
            offerable = agent.offerable(role.name, tracked.strip);
            offerables[tracked.strip] = offerable;
            quotes[tracked.strip] = null; // quoted for what the agent had before
        }
        if (offerable.allocatable.isEmpty()) {
            return false; // nothing left here for this role
        }
        Resources available = offerable.offer;
        // The cheapest tests first: where most frameworks declined the agent, most are passed by here. A
        // filter holding all of it holds whatever quota would cut it to; like a refusal, an agent without
        // MULTI_ROLE is held from a framework with it until either changes.
        if (offerable.refusedBy(tracked.slot, agent.filters)
                || !agent.multiRole && tracked.framework.capabilities.multiRole()) {
            return true;
        }
        refusedWhole = false;
        Framework framework = tracked.framework;
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
        if (quotaStage || !untouched) {
            quote = quotes[tracked.strip];
            if (quote == null) {
                quote = quotaStage ? headroom.guaranteeOffer(role, available)
                        : headroom.fairShareOffer(role, available);
                quotes[tracked.strip] = quote;
            }
            toOffer = quote.offer();
            if (quotaStage && toOffer.isEmpty()) {
                return true;
            }
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
