package io.osmos.agent;

import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Task;
import java.util.Collection;
import java.util.List;

/** The calls the agent makes to the master, built from its settings and what it runs. */
final class AgentCalls {
    // Resource formats the agent passes through untouched, so it can declare them.
    private static final List<AgentInfo.Capability> CAPABILITIES = List.of(
            capability(AgentInfo.Capability.Type.MULTI_ROLE),
            capability(AgentInfo.Capability.Type.HIERARCHICAL_ROLE),
            capability(AgentInfo.Capability.Type.RESERVATION_REFINEMENT));

    private AgentCalls() {
    }

    /**
     * What the agent tells the master about itself, with its id once it has one; the resources and
     * attributes as the agent hooks decorate them.
     */
    static AgentInfo agentInfo(AgentSettings settings, AgentID id, AgentHooks hooks) {
        AgentInfo.Builder info = AgentInfo.newBuilder().setHostname(settings.hostname()).setPort(settings.port())
                .addAllResources(settings.resources().toProtos()).addAllAttributes(settings.attributes());
        if (id != null) {
            info.setId(id);
        }
        AgentInfo configured = info.build();
        return info.clearResources().addAllResources(hooks.resources(configured, settings.resources()).toProtos())
                .clearAttributes().addAllAttributes(hooks.attributes(configured)).build();
    }

    static List<AgentInfo.Capability> capabilities() {
        return CAPABILITIES;
    }

    static AgentCall register(AgentInfo info, String version) {
        return AgentCall.newBuilder().setType(AgentCall.Type.REGISTER)
                .setRegister(AgentCall.Register.newBuilder().setAgentInfo(info)
                        .setVersion(version).addAllCapabilities(CAPABILITIES))
                .build();
    }

    static AgentCall reregister(AgentInfo info, String version, Collection<Task> tasks,
            Collection<ExecutorInfo> executors, Collection<FrameworkInfo> frameworks) {
        return AgentCall.newBuilder().setType(AgentCall.Type.REREGISTER).setAgentId(info.getId())
                .setReregister(AgentCall.Reregister.newBuilder().setAgentInfo(info)
                        .setVersion(version).addAllCapabilities(CAPABILITIES)
                        .addAllExecutorInfos(executors).addAllTasks(tasks).addAllFrameworks(frameworks))
                .build();
    }

    static AgentCall statusUpdate(AgentID id, AgentCall.StatusUpdate update) {
        return AgentCall.newBuilder().setType(AgentCall.Type.STATUS_UPDATE).setAgentId(id).setStatusUpdate(update)
                .build();
    }

    static AgentCall pong(AgentID id) {
        return AgentCall.newBuilder().setType(AgentCall.Type.PONG).setAgentId(id).build();
    }

    private static AgentInfo.Capability capability(AgentInfo.Capability.Type type) {
        return AgentInfo.Capability.newBuilder().setType(type).build();
    }
}
