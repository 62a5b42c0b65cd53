package io.osmos.master.core;

import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.AgentID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agent calls on an open stream (all but REGISTER and REREGISTER): checked against the agent's
 * current stream, then carried out. A refusal tells the agent to reregister. Actor-confined.
 */
final class AgentCalls {
    private static final Logger LOG = LoggerFactory.getLogger(AgentCalls.class);

    private final Master master;

    AgentCalls(Master master) {
        this.master = master;
    }

    Reply handle(AgentCall call, String streamId) {
        AgentID id = call.getAgentId();
        AgentEntry agent = master.agents.get(id);
        if (agent == null) {
            return Reply.forbidden("Agent " + id.getValue() + " is not registered with this master; register again");
        }
        if (streamId == null) {
            return Reply.forbidden("All agent calls but REGISTER and REREGISTER should include the"
                    + " 'Mesos-Stream-Id' header");
        }
        if (!streamId.equals(agent.streamId()) || !agent.connected()) {
            return Reply.forbidden("The stream ID '" + streamId + "' included in this request didn't match the"
                    + " stream ID currently associated with agent ID " + id.getValue() + "; reregister");
        }
        master.verbosity.log(LOG, 2, "Received {} call of agent {}", call.getType(), id.getValue());
        switch (call.getType()) {
            case STATUS_UPDATE -> master.tasks.fromAgent(agent, call.getStatusUpdate());
            case EXITED_EXECUTOR -> exited(agent, call.getExitedExecutor());
            case EXECUTOR_MESSAGE -> message(agent, call.getExecutorMessage());
            case PONG -> master.agentHealth.pong(agent);
            case UNREGISTER -> master.agentRemoval.unregistered(agent);
            default -> {
                return Reply.badRequest("Unsupported agent call type " + call.getType());
            }
        }
        return Reply.ACCEPTED;
    }

    private void exited(AgentEntry agent, AgentCall.ExitedExecutor exited) {
        FrameworkID frameworkId = exited.getFrameworkId();
        ExecutorInfo executor = agent.executors().remove(frameworkId, exited.getExecutorId());
        if (executor != null) {
            master.tasks.releaseExecutor(frameworkId, agent.id(), executor);
        }
        FrameworkEntry framework = master.frameworks.get(frameworkId);
        if (framework != null) {
            framework.send(Events.failure(agent.id(), exited.getExecutorId(),
                    exited.hasStatus() ? exited.getStatus() : null));
        }
    }

    private void message(AgentEntry agent, AgentCall.ExecutorMessage message) {
        FrameworkEntry framework = master.frameworks.get(message.getFrameworkId());
        if (framework != null) {
            framework.send(Events.message(agent.id(), message.getExecutorId(), message.getData()));
        }
    }
}
