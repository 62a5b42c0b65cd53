package io.osmos.master.core;

import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.master.validation.FrameworkValidator;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UPDATE_FRAMEWORK, as Mesos does it: the new FrameworkInfo is validated on its own and against the
 * old one (principal, user and checkpointing are fixed), suppressed roles must be roles of the
 * framework; then the allocator is told, offers to roles the framework left are rescinded, and
 * operators see FRAMEWORK_UPDATED. Answered 200 with no body. Actor-confined.
 */
final class FrameworkUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(FrameworkUpdates.class);

    private final Master master;

    FrameworkUpdates(Master master) {
        this.master = master;
    }

    Reply update(FrameworkEntry framework, Call.UpdateFramework update) {
        FrameworkInfo info = update.getFrameworkInfo();
        Optional<String> invalid = FrameworkValidator.validate(info);
        if (invalid.isPresent()) {
            return Reply.badRequest("Supplied FrameworkInfo is not valid: " + invalid.get());
        }
        invalid = FrameworkValidator.validateUpdate(framework.info(), info);
        if (invalid.isPresent()) {
            return Reply.badRequest("FrameworkInfo update is not valid: " + invalid.get());
        }
        invalid = FrameworkValidator.options(info, update.getSuppressedRolesList(), update.getOfferConstraints());
        if (invalid.isPresent()) {
            return Reply.badRequest("'UpdateFramework' call is not valid: " + invalid.get());
        }
        boolean changed = !framework.info().equals(info.toBuilder().setId(framework.id()).build());
        Set<String> suppressed = Set.copyOf(update.getSuppressedRolesList());
        framework.info(info);
        framework.suppressedRoles().clear();
        framework.suppressedRoles().addAll(suppressed);
        FrameworkInfo next = framework.info();
        master.allocator.tell("updateFramework", a -> a.updateFramework(framework.id(), next, suppressed));
        Set<String> roles = framework.roles();
        for (OfferID id : List.copyOf(framework.offers())) {
            OfferEntry offer = master.offers.get(id);
            if (offer != null && !roles.contains(offer.offer().getAllocationInfo().getRole())) {
                master.offering.remove(offer, true);
                master.allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(),
                        Optional.empty(), false);
            }
        }
        LOG.info("Framework {} updated: roles {}, {} suppressed", framework.id().getValue(), roles, suppressed);
        if (changed) {
            master.operatorStreams.frameworkUpdated(framework);
        }
        return new Reply(200, "");
    }
}
