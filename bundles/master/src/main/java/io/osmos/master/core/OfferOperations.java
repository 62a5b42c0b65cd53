package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.master.validation.OperationContext;
import io.osmos.master.validation.OperationValidator;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RESERVE, UNRESERVE, CREATE and DESTROY: from a framework on offered resources (inside ACCEPT),
 * or from an operator on the agent's unallocated resources. The master applies them to the agent's
 * total, which is its truth about reservations and volumes. Actor-confined.
 */
final class OfferOperations {
    private static final Logger LOG = LoggerFactory.getLogger(OfferOperations.class);
    private static final int SWAP_RETRIES = 3;

    private final Master master;

    OfferOperations(Master master) {
        this.master = master;
    }

    /**
     * Applies a framework's operation to what is left of its offers.
     *
     * @return what is left afterwards; unchanged when the operation was refused (with feedback)
     */
    Resources applyOffered(FrameworkEntry framework, AgentEntry agent, Offer.Operation operation, Resources left) {
        OperationContext context = new OperationContext(Optional.of(framework.info()), agent.capabilities(),
                Conversions.checkpointed(agent.total()), used(agent));
        Optional<String> invalid = OperationValidator.validate(operation, context);
        if (invalid.isPresent()) {
            master.operations.error(framework, operation, invalid.get() + "; on agent " + agent.id().getValue());
            return left;
        }
        Conversions.Conversion conversion = Conversions.of(operation);
        Resources next;
        try {
            next = Conversions.apply(left, conversion);
        } catch (IllegalArgumentException e) {
            master.operations.error(framework, operation, e.getMessage());
            return left;
        }
        if (operation.getType() == Offer.Operation.Type.DESTROY) {
            rescindOffersHolding(agent, conversion.consumed().unallocated());
        }
        convertTotal(agent, conversion);
        LOG.info("Applied {} of framework {} to agent {}: {} became {}", operation.getType(),
                framework.id().getValue(), agent.id().getValue(), conversion.consumed(), conversion.converted());
        master.operations.finished(framework, agent.id(), operation, conversion.converted());
        return next;
    }

    /**
     * Applies an operator's operation to the agent's unallocated resources: offers on the agent are
     * rescinded until they hold enough, then the allocator converts its available resources.
     *
     * @return 202 when applied, 409 naming why the resources are not there
     */
    CompletableFuture<Reply> applyAvailable(AgentEntry agent, Offer.Operation operation) {
        return applyAvailable(agent, operation, SWAP_RETRIES);
    }

    private CompletableFuture<Reply> applyAvailable(AgentEntry agent, Offer.Operation operation, int retries) {
        OperationContext context = new OperationContext(Optional.empty(), agent.capabilities(),
                Conversions.checkpointed(agent.total()), used(agent));
        Optional<String> invalid = OperationValidator.validate(operation, context);
        if (invalid.isPresent()) {
            return CompletableFuture.completedFuture(Reply.badRequest(invalid.get()));
        }
        Conversions.Conversion conversion = Conversions.of(operation);
        Resources consumed = conversion.consumed();
        for (OfferID id : List.copyOf(agent.offers())) {
            if (available(agent).contains(consumed)) {
                break;
            }
            OfferEntry offer = master.offers.get(id);
            if (offer != null) {
                master.offering.remove(offer, true);
                master.allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(),
                        Optional.empty(), false);
            }
        }
        try {
            Conversions.apply(available(agent), conversion);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Reply(409, "Invalid " + operation.getType()
                    + " Operation: " + e.getMessage()));
        }
        long generation = master.allocator.generation();
        return master.allocator.updateAvailable(agent.id(), List.of(operation)).handleAsync((done, failure) -> {
            if (master.allocator.generation() != generation && retries > 0) {
                // Swapped meanwhile: the allocator that converted is gone and its successor was seeded with
                // the unconverted total, so ask the successor, as if the call had come just now.
                return applyAvailable(agent, operation, retries - 1);
            }
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                return CompletableFuture.completedFuture(new Reply(409, "Invalid " + operation.getType()
                        + " Operation: " + cause.getMessage()));
            }
            if (master.allocator.generation() != generation) {
                return CompletableFuture.completedFuture(new Reply(409, "Invalid " + operation.getType()
                        + " Operation: the allocator was swapped " + SWAP_RETRIES + " times while it was applied"));
            }
            if (master.agents.get(agent.id()) == agent) {
                convertTotal(agent, conversion);
                LOG.info("Applied operator's {} to agent {}: {} became {}", operation.getType(),
                        agent.id().getValue(), consumed, conversion.converted());
            }
            return CompletableFuture.completedFuture(Reply.ACCEPTED);
        }, master.actor).thenCompose(reply -> reply);
    }

    private void convertTotal(AgentEntry agent, Conversions.Conversion conversion) {
        Conversions.Conversion unallocated = new Conversions.Conversion(conversion.consumed().unallocated(),
                conversion.converted().unallocated());
        agent.total(Conversions.apply(agent.total(), unallocated));
    }

    // DESTROY takes a volume away for good: offers still showing it must go.
    private void rescindOffersHolding(AgentEntry agent, Resources volumes) {
        for (OfferID id : List.copyOf(agent.offers())) {
            OfferEntry offer = master.offers.get(id);
            if (offer == null) {
                continue;
            }
            for (Resource volume : volumes) {
                if (offer.resources().unallocated().contains(volume)) {
                    master.offering.remove(offer, true);
                    master.allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(),
                            Optional.empty(), false);
                    break;
                }
            }
        }
    }

    private static Resources used(AgentEntry agent) {
        return agent.allocated().values().stream().reduce(Resources.EMPTY, Resources::plus);
    }

    private Resources available(AgentEntry agent) {
        Resources offered = Resources.EMPTY;
        for (OfferID id : agent.offers()) {
            OfferEntry offer = master.offers.get(id);
            if (offer != null) {
                offered = offered.plus(offer.resources().unallocated());
            }
        }
        return agent.total().minus(used(agent).unallocated()).minus(offered);
    }
}
