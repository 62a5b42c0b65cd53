package io.osmos.agent;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** The agent's own state besides its executors; touched only on the agent's actor. */
final class AgentState {
    /** Frameworks of tasks this agent was asked to run, for their capabilities and for REREGISTER. */
    final Map<FrameworkID, FrameworkInfo> frameworks = new LinkedHashMap<>();
    AgentID agentId;
    /** The master shut this agent down: it ignores the master from then on. */
    boolean shutDown;
}
