package io.osmos.benchmarks.swap;

import io.osmos.api.resources.Resources;
import io.osmos.master.core.MasterView;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.OfferID;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The master's books after a swap, read in one moment on its actor: for every agent what tasks use,
 * what outstanding offers hold, and whether that fits in (or fills) the agent's total.
 *
 * @param overcommitted agents whose used plus offered resources are not contained in the total: something
 *     was offered twice
 * @param unfilled agents with resources neither used nor offered
 * @param dangling offers whose framework or agent the master does not know
 * @param offers outstanding offers
 * @param offeredCpus cpus of all outstanding offers
 */
record Books(List<String> overcommitted, int unfilled, int dangling, int offers, double offeredCpus) {
    /** Call inside {@link io.osmos.master.core.Master#read}. */
    static Books of(MasterView view) {
        List<String> overcommitted = new ArrayList<>();
        int unfilled = 0;
        int dangling = 0;
        double offeredCpus = 0;
        Map<OfferID, OfferEntry> offers = new HashMap<>();
        view.offers().forEach(offer -> offers.put(offer.id(), offer));
        Set<FrameworkID> frameworks = new HashSet<>();
        view.frameworks().forEach(framework -> frameworks.add(framework.id()));
        Set<AgentID> agents = new HashSet<>();
        for (AgentEntry agent : view.agents()) {
            agents.add(agent.id());
            Resources held = Resources.EMPTY;
            for (Resources used : agent.allocated().values()) {
                held = held.plus(used.unallocated());
            }
            for (OfferID id : agent.offers()) {
                OfferEntry offer = offers.get(id);
                if (offer == null) {
                    dangling++;
                    continue;
                }
                held = held.plus(offer.resources().unallocated());
            }
            if (!agent.total().contains(held)) {
                overcommitted.add(agent.id().getValue() + ": " + held + " held of " + agent.total());
            } else if (!held.contains(agent.total())) {
                unfilled++;
            }
        }
        for (OfferEntry offer : view.offers()) {
            offeredCpus += offer.resources().unallocated().scalar("cpus");
            boolean known = frameworks.contains(offer.frameworkId()) && agents.contains(offer.agentId());
            dangling += known ? 0 : 1;
        }
        return new Books(List.copyOf(overcommitted), unfilled, dangling, view.offers().size(), offeredCpus);
    }

    boolean balanced() {
        return overcommitted.isEmpty() && dangling == 0;
    }
}
