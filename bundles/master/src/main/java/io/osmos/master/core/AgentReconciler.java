package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.TaskEntry;
import io.osmos.master.state.TaskStates;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.Protos.TaskStatus.Reason;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the master's view of an agent in line with what a reregistering agent reports. For a known
 * agent: tasks of known frameworks the master did not know are adopted, tasks the master expected
 * but the agent does not list are gone. For an agent that was unreachable (or that this master never
 * saw): every task it reports comes back, and its framework is told the task's state with
 * REASON_AGENT_REREGISTERED, as Mesos does. Either way frameworks the master removed or does not
 * know are shut down on the agent. Actor-confined.
 */
final class AgentReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(AgentReconciler.class);

    private final Master master;

    AgentReconciler(Master master) {
        this.master = master;
    }

    /**
     * @return frameworks the agent runs that the master does not know; the caller shuts them down on
     *     the agent once the REREGISTERED event has gone out
     */
    Set<FrameworkID> reconcile(AgentEntry agent, AgentCall.Reregister reported) {
        Set<FrameworkID> unknown = new HashSet<>();
        Set<TaskID> listed = new HashSet<>();
        for (Task task : reported.getTasksList()) {
            FrameworkEntry framework = master.frameworks.get(task.getFrameworkId());
            if (framework == null) {
                unknown.add(task.getFrameworkId());
                continue;
            }
            listed.add(task.getTaskId());
            TaskEntry known = framework.task(task.getTaskId());
            if (known == null) {
                adopt(framework, agent, task);
            } else if (known.state() != task.getState()) {
                known.state(task.getState());
                if (TaskStates.isTerminal(task.getState())) {
                    master.tasks.release(known);
                }
            }
        }
        for (TaskEntry task : agent.tasks()) {
            if (!listed.contains(task.id()) && master.frameworks.get(task.frameworkId()) != null) {
                FrameworkEntry framework = master.frameworks.get(task.frameworkId());
                TaskState state = framework.partitionAware() ? TaskState.TASK_DROPPED : TaskState.TASK_LOST;
                // The allocator is re-added with this agent afterwards, so nothing is recovered here.
                master.tasks.terminate(task, state, Reason.REASON_RECONCILIATION,
                        "Reconciliation: task unknown to the agent when it reregistered", false);
            }
        }
        executors(agent, reported, unknown);
        return unknown;
    }

    /** An agent the master had marked unreachable, or never knew, comes back with everything it runs. */
    Set<FrameworkID> readmit(AgentEntry agent, AgentCall.Reregister reported, String why) {
        Set<FrameworkID> unknown = new HashSet<>();
        for (Task task : reported.getTasksList()) {
            FrameworkEntry framework = master.frameworks.get(task.getFrameworkId());
            if (framework == null) {
                unknown.add(task.getFrameworkId());
                continue;
            }
            framework.reachableAgain(task.getTaskId());
            if (framework.hasTask(task.getTaskId()) || !adopt(framework, agent, task)) {
                continue;
            }
            TaskStatus.Builder status = master.tasks.status(task.getTaskId(), agent.id(), task.getState(),
                    Reason.REASON_AGENT_REREGISTERED, why).toBuilder();
            if (task.hasExecutorId()) {
                status.setExecutorId(task.getExecutorId());
            }
            TaskStatus last = task.getStatusesCount() == 0 ? null : task.getStatuses(task.getStatusesCount() - 1);
            if (last != null && last.hasHealthy()) {
                status.setHealthy(last.getHealthy());
            }
            framework.send(Events.update(status.build()));
        }
        executors(agent, reported, unknown);
        return unknown;
    }

    private void executors(AgentEntry agent, AgentCall.Reregister reported, Set<FrameworkID> unknown) {
        for (ExecutorInfo executor : reported.getExecutorInfosList()) {
            if (master.frameworks.get(executor.getFrameworkId()) != null) {
                agent.executors().add(executor.getFrameworkId(), executor);
            } else {
                unknown.add(executor.getFrameworkId());
            }
        }
    }

    private boolean adopt(FrameworkEntry framework, AgentEntry agent, Task reported) {
        String role = framework.roles().iterator().next();
        Task task = reported.toBuilder().setAgentId(agent.id()).clearResources()
                .addAllResources(ResourceRoles.allocate(reported.getResourcesList(), role)).build();
        Resources resources;
        try {
            resources = Resources.of(task.getResourcesList());
        } catch (IllegalArgumentException e) {
            LOG.warn("Not adopting task {} of framework {} from agent {}: {}", task.getTaskId().getValue(),
                    framework.id().getValue(), agent.id().getValue(), e.getMessage());
            return false;
        }
        TaskEntry entry = new TaskEntry(task, resources);
        if (TaskStates.isTerminal(task.getState())) {
            entry.release();
        }
        framework.addTask(entry);
        agent.addTask(entry);
        master.operatorStreams.taskAdded(entry.task());
        LOG.info("Adopted task {} of framework {} on agent {}", task.getTaskId().getValue(),
                framework.id().getValue(), agent.id().getValue());
        return true;
    }
}
