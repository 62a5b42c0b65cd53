package io.osmos.master.validation;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The offers of an ACCEPT, checked in Mesos's order: some are given, none twice, each still
 * outstanding, each made to this framework, all on one agent and for one role.
 */
public final class OfferValidator {
    private OfferValidator() {
    }

    /**
     * @param outstanding the outstanding offer with an id, or null when there is none
     * @return why the offers cannot be used, or empty when they can
     */
    public static Optional<String> validate(List<OfferID> offerIds, FrameworkID frameworkId,
            Function<OfferID, Offer> outstanding) {
        if (offerIds.isEmpty()) {
            return Optional.of("No offers specified");
        }
        Set<OfferID> seen = new HashSet<>();
        for (OfferID id : offerIds) {
            if (!seen.add(id)) {
                return Optional.of("Duplicate offer " + id.getValue() + " in offer list");
            }
        }
        for (OfferID id : offerIds) {
            if (outstanding.apply(id) == null) {
                return Optional.of("Offer " + id.getValue() + " is no longer valid");
            }
        }
        Offer first = outstanding.apply(offerIds.get(0));
        for (OfferID id : offerIds) {
            Offer offer = outstanding.apply(id);
            if (!offer.getFrameworkId().equals(frameworkId)) {
                return Optional.of("Offer " + id.getValue() + " has invalid framework "
                        + offer.getFrameworkId().getValue() + " while framework " + frameworkId.getValue()
                        + " is expected");
            }
        }
        AgentID agentId = first.getAgentId();
        String role = first.getAllocationInfo().getRole();
        for (OfferID id : offerIds) {
            Offer offer = outstanding.apply(id);
            if (!offer.getAgentId().equals(agentId)) {
                return Optional.of("Aggregated offers must belong to one single agent. Offer " + id.getValue()
                        + " uses agent " + offer.getAgentId().getValue() + " and agent " + agentId.getValue());
            }
            if (!offer.getAllocationInfo().getRole().equals(role)) {
                return Optional.of("Aggregated offers must be allocated to the same role. Offer " + id.getValue()
                        + " uses role " + offer.getAllocationInfo().getRole() + " and offer "
                        + first.getId().getValue() + " uses role " + role);
            }
        }
        return Optional.empty();
    }
}
