package io.osmos.master.core;

import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.TaskEntry;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.Protos.TaskStatus.Reason;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RECONCILE, and KILL (which reconciles a task the master does not know). Answers follow Mesos:
 * source SOURCE_MASTER, reason REASON_RECONCILIATION, no uuid; an unknown task is TASK_GONE on a
 * known agent and TASK_UNKNOWN otherwise, or TASK_LOST for frameworks that are not PARTITION_AWARE.
 * Actor-confined.
 */
final class Reconciliation {
    private static final Logger LOG = LoggerFactory.getLogger(Reconciliation.class);

    private final Master master;

    Reconciliation(Master master) {
        this.master = master;
    }

    /** No tasks named: every task the master knows for the framework (implicit reconciliation). */
    void reconcile(FrameworkEntry framework, Call.Reconcile reconcile) {
        if (reconcile.getTasksCount() == 0) {
            framework.tasks().forEach(task -> framework.send(Events.update(latest(task))));
            return;
        }
        for (Call.Reconcile.Task asked : reconcile.getTasksList()) {
            explicit(framework, asked.getTaskId(), asked.hasAgentId() ? asked.getAgentId() : null);
        }
    }

    void kill(FrameworkEntry framework, Call.Kill kill) {
        TaskEntry task = framework.task(kill.getTaskId());
        if (task == null) {
            LOG.info("Cannot kill task {} of framework {}: it is unknown; reconciling it instead",
                    kill.getTaskId().getValue(), framework.id().getValue());
            explicit(framework, kill.getTaskId(), kill.hasAgentId() ? kill.getAgentId() : null);
            return;
        }
        AgentEntry agent = master.agents.get(task.agentId());
        if (agent == null || !agent.send(AgentEvents.killTask(framework.id(), task.id(),
                kill.hasKillPolicy() ? kill.getKillPolicy() : null))) {
            LOG.warn("Cannot kill task {} of framework {} now: agent {} is not connected", task.id().getValue(),
                    framework.id().getValue(), task.agentId().getValue());
        }
    }

    private void explicit(FrameworkEntry framework, TaskID taskId, AgentID agentId) {
        TaskEntry task = framework.task(taskId);
        if (task != null) {
            framework.send(Events.update(latest(task)));
            return;
        }
        boolean agentKnown = agentId != null && master.agents.get(agentId) != null;
        TaskState state = !framework.partitionAware() ? TaskState.TASK_LOST
                : agentKnown ? TaskState.TASK_GONE : TaskState.TASK_UNKNOWN;
        String message = agentKnown ? "Reconciliation: Task is unknown to the agent"
                : "Reconciliation: Task is unknown";
        framework.send(Events.update(master.tasks.status(taskId, agentId, state, Reason.REASON_RECONCILIATION,
                message)));
    }

    private TaskStatus latest(TaskEntry task) {
        TaskStatus.Builder status = master.tasks.status(task.id(), task.agentId(), task.reportedState(),
                Reason.REASON_RECONCILIATION, "Reconciliation: Latest task state").toBuilder();
        if (task.task().hasExecutorId()) {
            status.setExecutorId(task.task().getExecutorId());
        }
        TaskStatus last = task.latestStatus();
        if (last != null) {
            if (last.hasHealthy()) {
                status.setHealthy(last.getHealthy());
            }
            if (last.hasLabels()) {
                status.setLabels(last.getLabels());
            }
            if (last.hasContainerStatus()) {
                status.setContainerStatus(last.getContainerStatus());
            }
            if (last.hasCheckStatus()) {
                status.setCheckStatus(last.getCheckStatus());
            }
        }
        return status.build();
    }
}
