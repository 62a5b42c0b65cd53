package io.osmos.allocator.drf;

import io.osmos.protocol.v1.Protos.AgentInfo.Capability;
import java.util.List;

/**
 * The agent capabilities the allocator acts on, as Mesos does: an agent without {@code MULTI_ROLE} is
 * offered to no framework that has it, one without {@code HIERARCHICAL_ROLE} to no role with a "/".
 */
record AgentCapabilities(boolean multiRole, boolean hierarchicalRole) {
    /** For an agent added without its capabilities: nothing is held back from anyone. */
    static final AgentCapabilities ALL = new AgentCapabilities(true, true);

    static AgentCapabilities of(List<Capability> capabilities) {
        boolean multiRole = false;
        boolean hierarchicalRole = false;
        for (Capability capability : capabilities) {
            multiRole |= capability.getType() == Capability.Type.MULTI_ROLE;
            hierarchicalRole |= capability.getType() == Capability.Type.HIERARCHICAL_ROLE;
        }
        return new AgentCapabilities(multiRole, hierarchicalRole);
    }

    /** Whether a role may be offered this agent at all. */
    boolean serves(String role) {
        return hierarchicalRole || role.indexOf('/') < 0;
    }
}
