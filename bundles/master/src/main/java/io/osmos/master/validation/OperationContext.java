package io.osmos.master.validation;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import java.util.List;
import java.util.Optional;

/**
 * What a RESERVE, UNRESERVE, CREATE or DESTROY is checked against.
 *
 * @param framework the framework applying it to offered resources, or empty for an operator call
 * @param capabilities the agent's capabilities
 * @param checkpointed the agent's dynamic reservations and persistent volumes
 * @param used what tasks and executors on the agent hold (volumes in use may not be destroyed)
 */
public record OperationContext(Optional<FrameworkInfo> framework, List<AgentInfo.Capability> capabilities,
        Resources checkpointed, Resources used) {

    boolean agentCan(AgentInfo.Capability.Type type) {
        return capabilities.stream().anyMatch(c -> c.getType() == type);
    }
}
