package io.osmos.agent;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.MasterInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** The agent's own state besides its executors; touched only on the agent's actor. */
final class AgentState {
    /** Frameworks of tasks this agent was asked to run, for their capabilities and for REREGISTER. */
    final Map<FrameworkID, FrameworkInfo> frameworks = new LinkedHashMap<>();
    AgentID agentId;
    /**
     * The agent's info as the resources and attributes hooks decorated it at the last (re)registration,
     * so launches do not call those hooks again; null until first needed.
     */
    AgentInfo info;
    /** The master that last (re)registered this agent. */
    MasterInfo master;
    /** True from (re)registration until the link to the master breaks (slave/registered). */
    boolean registered;
    /** Checkpoints recovery skipped as unreadable (slave/recovery_errors). */
    int recoveryErrors;
    /** The master shut this agent down: it ignores the master from then on. */
    boolean shutDown;
}
