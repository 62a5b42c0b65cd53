package io.osmos.master.validation;

import io.osmos.protocol.v1.scheduler.Protos.Call;
import java.util.Optional;

/**
 * The shape checks Mesos makes on a scheduler call before looking at any state: the type is set, the
 * body for that type is present, and every call but SUBSCRIBE names its framework.
 */
public final class SchedulerCallValidator {
    private SchedulerCallValidator() {
    }

    /** The reason the call is malformed, or empty when it is well formed. */
    public static Optional<String> validate(Call call) {
        if (!call.hasType()) {
            return Optional.of("Expecting 'type' to be present");
        }
        if (call.getType() == Call.Type.SUBSCRIBE) {
            if (!call.hasSubscribe()) {
                return Optional.of("Expecting 'subscribe' to be present");
            }
            if (!call.getFrameworkId().equals(call.getSubscribe().getFrameworkInfo().getId())) {
                return Optional.of("'framework_id' differs from 'subscribe.framework_info.id'");
            }
            return Optional.empty();
        }
        if (!call.hasFrameworkId()) {
            return Optional.of("Expecting 'framework_id' to be present");
        }
        return switch (call.getType()) {
            case ACCEPT -> require(call.hasAccept(), "accept");
            case DECLINE -> require(call.hasDecline(), "decline");
            case ACCEPT_INVERSE_OFFERS -> require(call.hasAcceptInverseOffers(), "accept_inverse_offers");
            case DECLINE_INVERSE_OFFERS -> require(call.hasDeclineInverseOffers(), "decline_inverse_offers");
            case KILL -> require(call.hasKill(), "kill");
            case SHUTDOWN -> require(call.hasShutdown(), "shutdown");
            case ACKNOWLEDGE -> call.hasAcknowledge() ? uuid("acknowledge", call.getAcknowledge().getUuid().size())
                    : require(false, "acknowledge");
            case ACKNOWLEDGE_OPERATION_STATUS -> !call.hasAcknowledgeOperationStatus()
                    ? require(false, "acknowledge_operation_status")
                    : uuid("acknowledge_operation_status", call.getAcknowledgeOperationStatus().getUuid().size())
                            .or(() -> require(call.getAcknowledgeOperationStatus().hasAgentId(), "agent_id"));
            case RECONCILE -> require(call.hasReconcile(), "reconcile");
            case RECONCILE_OPERATIONS -> require(call.hasReconcileOperations(), "reconcile_operations");
            case MESSAGE -> require(call.hasMessage(), "message");
            case REQUEST -> require(call.hasRequest(), "request");
            case UPDATE_FRAMEWORK -> require(call.hasUpdateFramework(), "update_framework").or(() ->
                    call.getFrameworkId().equals(call.getUpdateFramework().getFrameworkInfo().getId()) ? Optional.empty()
                            : Optional.of("'framework_id' differs from 'update_framework.framework_info.id'"));
            default -> Optional.empty();
        };
    }

    private static Optional<String> require(boolean present, String field) {
        return present ? Optional.empty() : Optional.of("Expecting '" + field + "' to be present");
    }

    // Status update uuids are UUIDs: anything else cannot match an update and is a client bug.
    private static Optional<String> uuid(String call, int size) {
        return size == 16 ? Optional.empty()
                : Optional.of("Expecting '" + call + ".uuid' to be a 16-byte UUID, got " + size + " bytes");
    }
}
