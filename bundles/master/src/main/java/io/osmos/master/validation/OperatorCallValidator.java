package io.osmos.master.validation;

import io.osmos.protocol.v1.master.Protos.Call;
import java.util.Optional;

/**
 * The shape checks Mesos makes on an operator call before anything else: a type, and the body that
 * type needs; reservation calls must carry valid resources. Messages are Mesos's.
 */
public final class OperatorCallValidator {
    private OperatorCallValidator() {
    }

    /** Why the call is malformed, or empty. */
    public static Optional<String> validate(Call call) {
        if (!call.hasType()) {
            return Optional.of("Expecting 'type' to be present");
        }
        return switch (call.getType()) {
            case GET_METRICS -> require(call.hasGetMetrics(), "get_metrics");
            case SET_LOGGING_LEVEL -> require(call.hasSetLoggingLevel(), "set_logging_level");
            case LIST_FILES -> require(call.hasListFiles(), "list_files");
            case READ_FILE -> require(call.hasReadFile(), "read_file");
            case UPDATE_WEIGHTS -> require(call.hasUpdateWeights(), "update_weights");
            case RESERVE_RESOURCES -> require(call.hasReserveResources(), "reserve_resources")
                    .or(() -> ResourceRules.validate(call.getReserveResources().getResourcesList()));
            case UNRESERVE_RESOURCES -> require(call.hasUnreserveResources(), "unreserve_resources")
                    .or(() -> ResourceRules.validate(call.getUnreserveResources().getResourcesList()));
            case CREATE_VOLUMES -> require(call.hasCreateVolumes(), "create_volumes");
            case DESTROY_VOLUMES -> require(call.hasDestroyVolumes(), "destroy_volumes");
            case GROW_VOLUME -> require(call.hasGrowVolume(), "grow_volume").or(() -> require(
                    call.getGrowVolume().hasAgentId(), "agent_id").map(OperatorCallValidator::defaultResources));
            case SHRINK_VOLUME -> require(call.hasShrinkVolume(), "shrink_volume").or(() -> require(
                    call.getShrinkVolume().hasAgentId(), "agent_id").map(OperatorCallValidator::defaultResources));
            case UPDATE_MAINTENANCE_SCHEDULE -> require(call.hasUpdateMaintenanceSchedule(),
                    "update_maintenance_schedule");
            case START_MAINTENANCE -> require(call.hasStartMaintenance(), "start_maintenance");
            case STOP_MAINTENANCE -> require(call.hasStopMaintenance(), "stop_maintenance");
            case DRAIN_AGENT -> require(call.hasDrainAgent(), "drain_agent");
            case DEACTIVATE_AGENT -> require(call.hasDeactivateAgent(), "deactivate_agent");
            case REACTIVATE_AGENT -> require(call.hasReactivateAgent(), "reactivate_agent");
            case UPDATE_QUOTA -> require(call.hasUpdateQuota(), "update_quota");
            case SET_QUOTA -> require(call.hasSetQuota(), "set_quota");
            case REMOVE_QUOTA -> require(call.hasRemoveQuota(), "remove_quota");
            case TEARDOWN -> require(call.hasTeardown(), "teardown");
            case MARK_AGENT_GONE -> require(call.hasMarkAgentGone(), "mark_agent_gone");
            default -> Optional.empty();
        };
    }

    private static String defaultResources(String missing) {
        return missing + "; only agent default resources are supported right now";
    }

    private static Optional<String> require(boolean present, String field) {
        return present ? Optional.empty() : Optional.of("Expecting '" + field + "' to be present");
    }
}
