package io.osmos.master.core;

import com.google.protobuf.ByteString;
import io.osmos.api.resources.Resources;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.Operation;
import io.osmos.protocol.v1.Protos.OperationID;
import io.osmos.protocol.v1.Protos.OperationState;
import io.osmos.protocol.v1.Protos.OperationStatus;
import io.osmos.protocol.v1.Protos.UUID;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operation status updates for offer operations that asked for feedback (an {@code id}): the
 * master applies reservations and volumes itself, so it reports OPERATION_FINISHED (or
 * OPERATION_ERROR for a refused one) and keeps the operation until the framework acknowledges the
 * terminal status; RECONCILE_OPERATIONS answers from what it keeps, as Mesos does. Actor-confined.
 */
final class OperationFeedback {
    private static final Logger LOG = LoggerFactory.getLogger(OperationFeedback.class);

    private final Master master;
    private final Map<FrameworkID, Map<OperationID, Operation>> byFramework = new LinkedHashMap<>();

    OperationFeedback(Master master) {
        this.master = master;
    }

    /** A refused operation: OPERATION_ERROR with the reason when the framework asked for feedback. */
    void error(FrameworkEntry framework, Offer.Operation operation, String message) {
        LOG.warn("Dropping {} operation from framework {}: {}", operation.getType(), framework.id().getValue(), message);
        master.counters.increment("master/operations/error");
        if (operation.hasId()) {
            framework.send(update(OperationStatus.newBuilder().setOperationId(operation.getId())
                    .setState(OperationState.OPERATION_ERROR).setMessage(message).build()));
        }
    }

    /** An applied operation: OPERATION_FINISHED with what it converted to, to be acknowledged. */
    void finished(FrameworkEntry framework, AgentID agent, Offer.Operation operation, Resources converted) {
        master.counters.increment("master/operations/finished");
        if (!operation.hasId()) {
            return;
        }
        OperationStatus status = OperationStatus.newBuilder().setOperationId(operation.getId())
                .setState(OperationState.OPERATION_FINISHED).addAllConvertedResources(converted.toProtos())
                .setUuid(UUID.newBuilder().setValue(uuid())).setAgentId(agent).build();
        Operation record = Operation.newBuilder().setFrameworkId(framework.id()).setAgentId(agent)
                .setInfo(operation).setLatestStatus(status).addStatuses(status)
                .setUuid(UUID.newBuilder().setValue(uuid())).build();
        byFramework.computeIfAbsent(framework.id(), f -> new LinkedHashMap<>()).put(operation.getId(), record);
        framework.send(update(status));
    }

    /** ACKNOWLEDGE_OPERATION_STATUS: an acknowledged terminal status retires the operation. */
    void acknowledge(FrameworkEntry framework, Call.AcknowledgeOperationStatus acknowledge) {
        Map<OperationID, Operation> operations = byFramework.get(framework.id());
        Operation operation = operations == null ? null : operations.get(acknowledge.getOperationId());
        if (operation == null || !operation.getLatestStatus().getUuid().getValue().equals(acknowledge.getUuid())
                || !operation.getAgentId().equals(acknowledge.getAgentId())) {
            LOG.warn("Ignoring acknowledgement of operation '{}' of framework {}: no such status is outstanding",
                    acknowledge.getOperationId().getValue(), framework.id().getValue());
            master.counters.increment("master/invalid_operation_status_update_acknowledgements");
            return;
        }
        master.counters.increment("master/valid_operation_status_update_acknowledgements");
        operations.remove(acknowledge.getOperationId());
    }

    /** RECONCILE_OPERATIONS: the latest status of each operation named, or of all when none is. */
    void reconcile(FrameworkEntry framework, Call.ReconcileOperations reconcile) {
        Map<OperationID, Operation> known = byFramework.getOrDefault(framework.id(), Map.of());
        if (reconcile.getOperationsCount() == 0) {
            known.values().forEach(o -> framework.send(update(o.getLatestStatus().toBuilder().clearUuid().build())));
            return;
        }
        for (Call.ReconcileOperations.Operation asked : reconcile.getOperationsList()) {
            Operation operation = known.get(asked.getOperationId());
            framework.send(update(operation != null ? operation.getLatestStatus().toBuilder().clearUuid().build()
                    : unknown(asked)));
        }
    }

    private OperationStatus unknown(Call.ReconcileOperations.Operation asked) {
        OperationStatus.Builder status = OperationStatus.newBuilder().setOperationId(asked.getOperationId());
        if (!asked.hasAgentId()) {
            return status.setState(OperationState.OPERATION_UNKNOWN)
                    .setMessage("Reconciliation: Operation is unknown and no 'agent_id' was provided").build();
        }
        AgentID agent = asked.getAgentId();
        status.setAgentId(agent);
        if (master.agents.get(agent) != null) {
            return status.setState(OperationState.OPERATION_UNKNOWN)
                    .setMessage("Reconciliation: Operation is unknown").build();
        }
        if (master.agents.unreachable(agent) != null) {
            return status.setState(OperationState.OPERATION_UNREACHABLE)
                    .setMessage("Reconciliation: Agent is unreachable").build();
        }
        if (master.agents.isGone(agent)) {
            return status.setState(OperationState.OPERATION_GONE_BY_OPERATOR)
                    .setMessage("Reconciliation: Agent marked gone by operator").build();
        }
        return status.setState(OperationState.OPERATION_UNKNOWN)
                .setMessage("Reconciliation: Both operation and agent are unknown").build();
    }

    /** Operations the master keeps, for GET_OPERATIONS. */
    List<Operation> all() {
        List<Operation> all = new ArrayList<>();
        byFramework.values().forEach(operations -> all.addAll(operations.values()));
        return all;
    }

    /** An agent left: its operations can no longer be acknowledged, so they are forgotten. */
    void agentRemoved(AgentID agent) {
        for (Map<OperationID, Operation> operations : byFramework.values()) {
            operations.values().removeIf(operation -> operation.getAgentId().equals(agent));
        }
    }

    void frameworkRemoved(FrameworkID framework) {
        byFramework.remove(framework);
    }

    Collection<Operation> of(FrameworkID framework) {
        return byFramework.getOrDefault(framework, Map.of()).values();
    }

    private static Event update(OperationStatus status) {
        return Event.newBuilder().setType(Event.Type.UPDATE_OPERATION_STATUS).setUpdateOperationStatus(
                Event.UpdateOperationStatus.newBuilder().setStatus(status)).build();
    }

    private static ByteString uuid() {
        java.util.UUID uuid = java.util.UUID.randomUUID();
        return ByteString.copyFrom(ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array());
    }
}
