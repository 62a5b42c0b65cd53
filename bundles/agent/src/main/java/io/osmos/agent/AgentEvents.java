package io.osmos.agent;

import io.osmos.agent.executor.ExecutorControl;
import io.osmos.agent.executor.ExecutorRegistry;
import io.osmos.agent.executor.TaskKey;
import io.osmos.agent.status.StatusUpdateManager;
import io.osmos.agent.status.StatusUpdates;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the agent does for each event from the master; runs on the agent's actor. */
final class AgentEvents {
    private static final Logger LOG = LoggerFactory.getLogger(AgentEvents.class);

    private final Registration agent;
    private final AgentState state;
    private final Launches launches;
    private final ExecutorControl control;
    private final ExecutorRegistry executors;
    private final StatusUpdateManager updates;

    AgentEvents(Registration agent, AgentState state, Launches launches, ExecutorControl control, ExecutorRegistry executors,
            StatusUpdateManager updates) {
        this.agent = agent;
        this.state = state;
        this.launches = launches;
        this.control = control;
        this.executors = executors;
        this.updates = updates;
    }

    void handle(AgentEvent event) {
        switch (event.getType()) {
            case REGISTERED -> agent.registered(event.getRegistered().getAgentId(),
                    event.getRegistered().getMasterInfo(), event.getRegistered().getHeartbeatIntervalSeconds(), false);
            case REREGISTERED -> agent.registered(event.getReregistered().getAgentId(),
                    event.getReregistered().getMasterInfo(), event.getReregistered().getHeartbeatIntervalSeconds(),
                    true);
            case RUN_TASK -> {
                if (registered("RUN_TASK")) {
                    launches.runTask(event.getRunTask());
                }
            }
            case RUN_TASK_GROUP -> {
                if (registered("RUN_TASK_GROUP")) {
                    launches.runTaskGroup(event.getRunTaskGroup());
                }
            }
            case KILL_TASK -> killTask(event.getKillTask());
            case ACKNOWLEDGE_STATUS -> agent.acknowledge(event.getAcknowledgeStatus());
            case SHUTDOWN_FRAMEWORK -> shutdownFramework(event.getShutdownFramework().getFrameworkId());
            case SHUTDOWN_EXECUTOR -> executors.get(event.getShutdownExecutor().getFrameworkId(),
                    event.getShutdownExecutor().getExecutorId()).ifPresent(control::shutdown);
            case FRAMEWORK_MESSAGE -> launches.frameworkMessage(event.getFrameworkMessage());
            case PING -> agent.pong();
            case SHUTDOWN -> agent.shutdown(event.getShutdown().getMessage());
            default -> LOG.warn("Ignoring an event of unknown type {} from the master", event.getType());
        }
    }

    private void killTask(AgentEvent.KillTask kill) {
        TaskKey key = new TaskKey(kill.getFrameworkId(), kill.getTaskId());
        Optional<KillPolicy> override = kill.hasKillPolicy() ? Optional.of(kill.getKillPolicy()) : Optional.empty();
        if (control.kill(key, override) || updates.hasPending(key.frameworkId(), key.taskId())
                || !registered("KILL_TASK")) {
            return;
        }
        // Never leave the framework waiting for a task that is not here.
        FrameworkInfo framework = state.frameworks.get(kill.getFrameworkId());
        boolean partitionAware = framework != null && framework.getCapabilitiesList().stream()
                .anyMatch(c -> c.getType() == FrameworkInfo.Capability.Type.PARTITION_AWARE);
        updates.update(kill.getFrameworkId(), StatusUpdates.fromAgent(state.agentId, kill.getTaskId(),
                        partitionAware ? TaskState.TASK_DROPPED : TaskState.TASK_LOST)
                .setMessage("Cannot kill task " + kill.getTaskId().getValue() + ": it is not on this agent")
                .setReason(TaskStatus.Reason.REASON_TASK_UNKNOWN).build());
    }

    private void shutdownFramework(FrameworkID frameworkId) {
        LOG.info("Shutting down framework {}", frameworkId.getValue());
        updates.removeFramework(frameworkId);
        control.shutdownFramework(frameworkId);
        state.frameworks.remove(frameworkId);
    }

    private boolean registered(String what) {
        if (state.agentId == null) {
            LOG.warn("Ignoring {} from the master: this agent is not registered yet", what);
            return false;
        }
        return true;
    }
}
