package io.osmos.agent;

import io.osmos.agent.executor.CommandExecutor;
import io.osmos.agent.executor.TaskKey;
import io.osmos.agent.status.StatusUpdateManager;
import io.osmos.agent.status.StatusUpdates;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.DurationInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the agent does for each event from the master; runs on the agent's actor. */
final class AgentEvents {
    private static final Logger LOG = LoggerFactory.getLogger(AgentEvents.class);

    private final Agent agent;
    private final CommandExecutor executor;
    private final StatusUpdateManager updates;

    AgentEvents(Agent agent, CommandExecutor executor, StatusUpdateManager updates) {
        this.agent = agent;
        this.executor = executor;
        this.updates = updates;
    }

    void handle(AgentEvent event) {
        switch (event.getType()) {
            case REGISTERED -> agent.registered(event.getRegistered().getAgentId(),
                    event.getRegistered().getHeartbeatIntervalSeconds(), false);
            case REREGISTERED -> agent.registered(event.getReregistered().getAgentId(),
                    event.getReregistered().getHeartbeatIntervalSeconds(), true);
            case RUN_TASK -> runTask(event.getRunTask());
            case RUN_TASK_GROUP -> runTaskGroup(event.getRunTaskGroup());
            case KILL_TASK -> killTask(event.getKillTask());
            case ACKNOWLEDGE_STATUS -> acknowledge(event.getAcknowledgeStatus());
            case SHUTDOWN_FRAMEWORK -> shutdownFramework(event.getShutdownFramework().getFrameworkId());
            case SHUTDOWN_EXECUTOR -> shutdownExecutor(event.getShutdownExecutor());
            case PING -> agent.pong();
            case SHUTDOWN -> agent.shutdown(event.getShutdown().getMessage());
            case FRAMEWORK_MESSAGE -> LOG.debug("Dropping a framework message: command executors take none");
            default -> LOG.warn("Ignoring an event of unknown type {} from the master", event.getType());
        }
    }

    private void runTask(AgentEvent.RunTask run) {
        if (!registered("RUN_TASK")) {
            return;
        }
        FrameworkInfo framework = run.getFramework().toBuilder().setId(run.getFrameworkId()).build();
        agent.frameworks.put(run.getFrameworkId(), framework);
        TaskInfo task = run.getTask();
        if (run.hasExecutor() || task.hasExecutor()) {
            fail(run.getFrameworkId(), task.getTaskId(), "Custom executors are not supported yet",
                    TaskStatus.Reason.REASON_CONTAINER_LAUNCH_FAILED);
        } else if (!task.hasCommand()) {
            fail(run.getFrameworkId(), task.getTaskId(), "The task has neither a command nor an executor",
                    TaskStatus.Reason.REASON_TASK_INVALID);
        } else {
            executor.launch(agent.id(), framework, task);
        }
    }

    private void runTaskGroup(AgentEvent.RunTaskGroup run) {
        if (!registered("RUN_TASK_GROUP")) {
            return;
        }
        agent.frameworks.put(run.getFrameworkId(), run.getFramework().toBuilder().setId(run.getFrameworkId()).build());
        for (TaskInfo task : run.getTaskGroup().getTasksList()) {
            fail(run.getFrameworkId(), task.getTaskId(), "Task groups are not supported yet",
                    TaskStatus.Reason.REASON_CONTAINER_LAUNCH_FAILED);
        }
    }

    private void killTask(AgentEvent.KillTask kill) {
        TaskKey key = new TaskKey(kill.getFrameworkId(), kill.getTaskId());
        Optional<KillPolicy> override = kill.hasKillPolicy() ? Optional.of(kill.getKillPolicy()) : Optional.empty();
        if (executor.kill(key, override) || updates.hasPending(key.frameworkId(), key.taskId())
                || !registered("KILL_TASK")) {
            return;
        }
        // Never leave the framework waiting for a task that is not here.
        FrameworkInfo framework = agent.frameworks.get(kill.getFrameworkId());
        boolean partitionAware = framework != null && framework.getCapabilitiesList().stream()
                .anyMatch(c -> c.getType() == FrameworkInfo.Capability.Type.PARTITION_AWARE);
        updates.update(kill.getFrameworkId(), StatusUpdates.fromAgent(agent.id(), kill.getTaskId(),
                        partitionAware ? TaskState.TASK_DROPPED : TaskState.TASK_LOST)
                .setMessage("Cannot kill task " + kill.getTaskId().getValue() + ": it is not on this agent")
                .setReason(TaskStatus.Reason.REASON_TASK_UNKNOWN).build());
    }

    private void acknowledge(AgentEvent.AcknowledgeStatus ack) {
        if (!updates.acknowledge(ack.getFrameworkId(), ack.getTaskId(), ack.getUuid())) {
            LOG.debug("Ignoring an acknowledgement for task {} that matches no update in flight",
                    ack.getTaskId().getValue());
            return;
        }
        if (!updates.hasPending(ack.getFrameworkId(), ack.getTaskId())) {
            executor.forget(new TaskKey(ack.getFrameworkId(), ack.getTaskId()));
        }
    }

    private void shutdownFramework(FrameworkID frameworkId) {
        LOG.info("Shutting down framework {}", frameworkId.getValue());
        updates.removeFramework(frameworkId);
        executor.shutdownFramework(frameworkId, agent.settings().executorShutdownGracePeriod());
        agent.frameworks.remove(frameworkId);
    }

    private void shutdownExecutor(AgentEvent.ShutdownExecutor shutdown) {
        // A command task's executor has the task's id.
        TaskKey key = new TaskKey(shutdown.getFrameworkId(),
                TaskID.newBuilder().setValue(shutdown.getExecutorId().getValue()).build());
        KillPolicy grace = KillPolicy.newBuilder().setGracePeriod(DurationInfo.newBuilder()
                .setNanoseconds(agent.settings().executorShutdownGracePeriod().toNanos())).build();
        executor.kill(key, Optional.of(grace));
    }

    private void fail(FrameworkID frameworkId, TaskID taskId, String message, TaskStatus.Reason reason) {
        LOG.warn("Failing task {} of framework {}: {}", taskId.getValue(), frameworkId.getValue(), message);
        updates.update(frameworkId, StatusUpdates.fromAgent(agent.id(), taskId, TaskState.TASK_FAILED)
                .setMessage(message).setReason(reason).build());
    }

    private boolean registered(String what) {
        if (agent.id() == null) {
            LOG.warn("Ignoring {} from the master: this agent is not registered yet", what);
            return false;
        }
        return true;
    }
}
