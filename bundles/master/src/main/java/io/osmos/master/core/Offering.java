package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.protocol.v1.Protos.Address;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the allocator's decisions into offers and ends them: accepted, declined, rescinded or timed
 * out. Actor-confined.
 */
final class Offering {
    private static final Logger LOG = LoggerFactory.getLogger(Offering.class);

    private final Master master;

    Offering(Master master) {
        this.master = master;
    }

    /** What the allocator allocated to a framework, per role and agent: one offer each, in one OFFERS event. */
    void allocated(FrameworkID frameworkId, Map<String, Map<AgentID, Resources>> allocation) {
        FrameworkEntry framework = master.frameworks.get(frameworkId);
        List<Offer> made = new ArrayList<>();
        allocation.forEach((role, byAgent) -> byAgent.forEach((agentId, resources) -> {
            AgentEntry agent = master.agents.get(agentId);
            if (framework == null || !framework.active() || !framework.connected() || agent == null
                    || !agent.active()) {
                // Things changed while the allocator decided: give it back unfiltered.
                master.allocator.recoverResources(frameworkId, agentId, resources, Optional.empty(), false);
            } else if (!resources.isEmpty()) {
                made.add(create(framework, agent, role, resources.allocate(role)));
            }
        }));
        if (!made.isEmpty()) {
            master.verbosity.log(LOG, 1, "Sending {} offers to framework {}", made.size(), frameworkId.getValue());
            framework.send(Events.offers(made.stream().map(offer -> OfferViews.forFramework(offer, framework)).toList()));
        }
    }

    private Offer create(FrameworkEntry framework, AgentEntry agent, String role, Resources resources) {
        Offer.Builder offer = Offer.newBuilder()
                .setId(master.ids.offer())
                .setFrameworkId(framework.id())
                .setAgentId(agent.id())
                .setHostname(agent.info().getHostname())
                .setUrl(URL.newBuilder().setScheme("http").setAddress(Address.newBuilder()
                        .setHostname(agent.info().getHostname()).setPort(agent.info().getPort())))
                .addAllResources(resources.toProtos())
                .addAllAttributes(agent.info().getAttributesList())
                .setAllocationInfo(Resource.AllocationInfo.newBuilder().setRole(role));
        if (agent.info().hasDomain()) {
            offer.setDomain(agent.info().getDomain());
        }
        agent.executors().of(framework.id()).stream().map(ExecutorInfo::getExecutorId).forEach(offer::addExecutorIds);
        OfferEntry entry = new OfferEntry(offer.build(), master.shared.share(resources));
        master.offers.add(entry);
        framework.offers().add(entry.id());
        agent.offers().add(entry.id());
        master.settings().offerTimeout().ifPresent(timeout ->
                entry.timeout(master.actor.delay(timeout, () -> expire(entry.id()))));
        return entry.offer();
    }

    /** Ends an offer without giving its resources back; tells the framework when {@code rescind}. */
    void remove(OfferEntry offer, boolean rescind) {
        if (master.offers.remove(offer.id()) == null) {
            return;
        }
        offer.cancelTimeout();
        FrameworkEntry framework = master.frameworks.get(offer.frameworkId());
        AgentEntry agent = master.agents.get(offer.agentId());
        if (agent != null) {
            agent.offers().remove(offer.id());
        }
        if (framework != null) {
            framework.offers().remove(offer.id());
            if (rescind) {
                framework.send(Events.rescind(offer.id()));
            }
        }
    }

    /** Ends an offer and gives its resources back, e.g. on DECLINE with the framework's filters. */
    void decline(OfferEntry offer, Optional<Filters> filters) {
        remove(offer, false);
        master.allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(), filters, false);
    }

    /** Rescinds all of a framework's offers and gives their resources back. */
    void rescindAll(FrameworkEntry framework) {
        for (OfferID id : List.copyOf(framework.offers())) {
            OfferEntry offer = master.offers.get(id);
            if (offer != null) {
                remove(offer, true);
                master.allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(),
                        Optional.empty(), false);
            }
        }
    }

    /**
     * Rescinds every offer on an agent without recovering: the allocator counts them rescinded when
     * it deactivates or removes the agent.
     */
    void rescindAll(AgentEntry agent) {
        for (OfferID id : List.copyOf(agent.offers())) {
            OfferEntry offer = master.offers.get(id);
            if (offer != null) {
                remove(offer, true);
            }
        }
    }

    private void expire(OfferID id) {
        OfferEntry offer = master.offers.get(id);
        if (offer != null) {
            remove(offer, true);
            master.allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(),
                    Optional.empty(), false);
        }
    }
}
