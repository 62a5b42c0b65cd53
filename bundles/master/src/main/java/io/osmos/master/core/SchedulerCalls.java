package io.osmos.master.core;

import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every scheduler call but SUBSCRIBE: checks that it comes from the framework's current subscription,
 * then carries it out. Calls Mesos accepts without effect (REQUEST; inverse offers, of which there
 * are none without maintenance) get 202; UPDATE_FRAMEWORK gets 200; UNKNOWN gets 501. Actor-confined.
 */
final class SchedulerCalls {
    private static final Logger LOG = LoggerFactory.getLogger(SchedulerCalls.class);

    private final Master master;

    SchedulerCalls(Master master) {
        this.master = master;
    }

    Reply handle(Call call, String streamId) {
        FrameworkID id = call.getFrameworkId();
        master.verbosity.log(LOG, 1, "Received {} call of framework {}", call.getType(), id.getValue());
        FrameworkEntry framework = master.frameworks.get(id);
        if (framework == null) {
            return Reply.forbidden("Framework " + id.getValue() + " cannot be found"
                    + (master.frameworks.isRemoved(id) ? ": it has been removed" : ""));
        }
        if (!framework.connected()) {
            return Reply.forbidden("Framework " + id.getValue() + " is not subscribed");
        }
        if (streamId == null) {
            return Reply.forbidden("All non-subscribe calls should include the 'Mesos-Stream-Id' header");
        }
        if (!streamId.equals(framework.streamId())) {
            return Reply.forbidden("The stream ID '" + streamId + "' included in this request didn't match the"
                    + " stream ID currently associated with framework ID " + id.getValue());
        }
        return dispatch(framework, call);
    }

    private Reply dispatch(FrameworkEntry framework, Call call) {
        switch (call.getType()) {
            case TEARDOWN -> master.subscriptions.remove(framework, "the framework sent TEARDOWN");
            case ACCEPT -> master.acceptance.accept(framework, call.getAccept());
            case DECLINE -> decline(framework, call.getDecline().getOfferIdsList(),
                    Optional.of(call.getDecline().getFilters()));
            case REVIVE -> {
                return roles(framework, "REVIVE", call.getRevive().getRolesList(), true);
            }
            case SUPPRESS -> {
                return roles(framework, "SUPPRESS", call.getSuppress().getRolesList(), false);
            }
            case KILL -> master.reconciliation.kill(framework, call.getKill());
            case ACKNOWLEDGE -> master.tasks.acknowledge(framework, call.getAcknowledge());
            case RECONCILE -> master.reconciliation.reconcile(framework, call.getReconcile());
            case MESSAGE -> message(framework, call.getMessage());
            case SHUTDOWN -> shutdown(framework, call.getShutdown());
            case UPDATE_FRAMEWORK -> {
                return master.frameworkUpdates.update(framework, call.getUpdateFramework());
            }
            case ACKNOWLEDGE_OPERATION_STATUS -> master.operations.acknowledge(framework,
                    call.getAcknowledgeOperationStatus());
            case RECONCILE_OPERATIONS -> master.operations.reconcile(framework, call.getReconcileOperations());
            case REQUEST, ACCEPT_INVERSE_OFFERS, DECLINE_INVERSE_OFFERS -> {
                // Mesos accepts these and does nothing: there are no inverse offers, requests are hints.
            }
            default -> {
                return Reply.notImplemented("Received an UNKNOWN call; it is not supported by this master");
            }
        }
        return Reply.ACCEPTED;
    }

    void decline(FrameworkEntry framework, List<OfferID> offerIds, Optional<Filters> filters) {
        for (OfferID id : offerIds) {
            OfferEntry offer = master.offers.get(id);
            if (offer == null || !offer.frameworkId().equals(framework.id())) {
                LOG.debug("Ignoring decline of offer {} by framework {}: it is no longer valid", id.getValue(),
                        framework.id().getValue());
            } else {
                master.offering.decline(offer, filters);
            }
        }
    }

    /** REVIVE or SUPPRESS of some roles, or of all the framework's roles when none is named. */
    private Reply roles(FrameworkEntry framework, String call, List<String> named, boolean revive) {
        Set<String> roles = Set.copyOf(named);
        for (String role : roles) {
            if (!framework.roles().contains(role)) {
                return Reply.badRequest(call + " names role '" + role + "', which framework "
                        + framework.id().getValue() + " is not subscribed to (its roles: " + framework.roles() + ")");
            }
        }
        Set<String> affected = roles.isEmpty() ? framework.roles() : roles;
        if (revive) {
            framework.suppressedRoles().removeAll(affected);
            master.allocator.tell("reviveOffers", a -> a.reviveOffers(framework.id(), roles));
        } else {
            framework.suppressedRoles().addAll(affected);
            master.allocator.tell("suppressOffers", a -> a.suppressOffers(framework.id(), roles));
        }
        return Reply.ACCEPTED;
    }

    private void message(FrameworkEntry framework, Call.Message message) {
        AgentEntry agent = master.agents.get(message.getAgentId());
        if (agent == null || !agent.send(AgentEvents.frameworkMessage(framework.id(), message.getExecutorId(),
                message.getData()))) {
            LOG.warn("Dropping a message of framework {} to executor {}: agent {} is not connected",
                    framework.id().getValue(), message.getExecutorId().getValue(), message.getAgentId().getValue());
        }
    }

    private void shutdown(FrameworkEntry framework, Call.Shutdown shutdown) {
        AgentEntry agent = master.agents.get(shutdown.getAgentId());
        if (agent == null || !agent.send(AgentEvents.shutdownExecutor(framework.id(), shutdown.getExecutorId()))) {
            LOG.warn("Cannot shut down executor {} of framework {}: agent {} is not connected",
                    shutdown.getExecutorId().getValue(), framework.id().getValue(), shutdown.getAgentId().getValue());
        }
    }
}
