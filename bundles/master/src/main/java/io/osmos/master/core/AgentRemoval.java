package io.osmos.master.core;

import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.TaskEntry;
import io.osmos.master.state.TaskStates;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.Protos.TaskStatus.Reason;
import io.osmos.protocol.v1.Protos.TimeInfo;
import io.osmos.runtime.http.EventStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agents leaving the master, in Mesos's three ways: unregistered (its tasks are lost), unreachable
 * after failed health checks (tasks TASK_UNREACHABLE for PARTITION_AWARE frameworks, else TASK_LOST;
 * the agent may come back) and marked gone by an operator (TASK_GONE_BY_OPERATOR, else TASK_LOST; it
 * may not). Each time the allocator forgets the agent first, offers on it are rescinded, every
 * connected framework gets FAILURE, and the masterSlaveLostHook hooks run. Actor-confined.
 */
final class AgentRemoval {
    private static final Logger LOG = LoggerFactory.getLogger(AgentRemoval.class);

    private final Master master;

    AgentRemoval(Master master) {
        this.master = master;
    }

    /** The agent sent UNREGISTER: it shuts down for good and its tasks are gone with it. */
    void unregistered(AgentEntry agent) {
        LOG.info("Removing agent {}: agent unregistered", agent.id().getValue());
        master.counters.increment("master/slave_removals");
        master.counters.increment("master/slave_removals/reason_unregistered");
        master.allocator.tell("removeAgent", a -> a.removeAgent(agent.id()));
        String message = "Agent " + agent.info().getHostname() + " removed: agent unregistered";
        for (TaskEntry task : agent.tasks()) {
            end(task, master.tasks.status(task, TaskState.TASK_LOST, Reason.REASON_AGENT_REMOVED, message), false);
        }
        evict(agent);
    }

    /** Failed health checks: its tasks become unreachable (or lost), and it may reregister later. */
    void markUnreachable(AgentEntry agent, String why) {
        LOG.info("Marking agent {} ({}) unreachable: {}", agent.id().getValue(), agent.info().getHostname(), why);
        long now = master.now();
        master.counters.increment("master/slave_removals");
        master.counters.increment("master/slave_removals/reason_unhealthy");
        master.allocator.tell("removeAgent", a -> a.removeAgent(agent.id()));
        TimeInfo since = TimeInfo.newBuilder().setNanoseconds(now * 1_000_000L).build();
        for (TaskEntry task : agent.tasks()) {
            FrameworkEntry framework = master.frameworks.get(task.frameworkId());
            TaskState state = framework != null && framework.partitionAware() ? TaskState.TASK_UNREACHABLE
                    : TaskState.TASK_LOST;
            TaskStatus status = master.tasks.status(task, state, Reason.REASON_AGENT_REMOVED, why).toBuilder()
                    .setUnreachableTime(since).build();
            end(task, status, true);
        }
        master.agents.unreachable(agent.info(), now, agent.deactivated());
        evict(agent);
    }

    /** An operator's MARK_AGENT_GONE of an admitted agent: it is told to shut down and never comes back. */
    void markGone(AgentEntry agent) {
        LOG.info("Marking agent {} ({}) gone", agent.id().getValue(), agent.info().getHostname());
        master.allocator.tell("removeAgent", a -> a.removeAgent(agent.id()));
        agent.send(AgentEvents.shutdown("Agent has been marked gone"));
        for (TaskEntry task : agent.tasks()) {
            FrameworkEntry framework = master.frameworks.get(task.frameworkId());
            end(task, gone(task.task(), framework), false);
        }
        master.agents.gone(agent.id(), master.now());
        evict(agent);
    }

    /** MARK_AGENT_GONE of an unreachable agent: its unreachable tasks end for good. */
    void markGone(AgentID id) {
        LOG.info("Marking unreachable agent {} gone", id.getValue());
        master.agents.gone(id, master.now());
        for (FrameworkEntry framework : master.frameworks.all()) {
            for (Task task : framework.unreachableTasks()) {
                if (task.getAgentId().equals(id)) {
                    TaskStatus status = gone(task, framework);
                    Task last = task.toBuilder().setState(status.getState()).addStatuses(status).build();
                    framework.completeUnreachable(task.getTaskId(), last);
                    master.counters.increment(TaskStates.metric(status.getState()));
                    framework.send(Events.update(status));
                    master.operatorStreams.taskUpdated(framework.id(), status, status.getState());
                }
            }
        }
    }

    private TaskStatus gone(Task task, FrameworkEntry framework) {
        boolean aware = framework != null && framework.partitionAware();
        TaskStatus.Builder status = master.tasks.status(task.getTaskId(), task.getAgentId(),
                aware ? TaskState.TASK_GONE_BY_OPERATOR : TaskState.TASK_LOST,
                aware ? Reason.REASON_AGENT_REMOVED_BY_OPERATOR : Reason.REASON_AGENT_REMOVED,
                "Agent has been marked gone").toBuilder();
        if (task.hasExecutorId()) {
            status.setExecutorId(task.getExecutorId());
        }
        return status.build();
    }

    /** Ends a task of a leaving agent without giving its resources back: the allocator forgot the agent. */
    private void end(TaskEntry task, TaskStatus status, boolean unreachable) {
        if (TaskStates.isTerminal(task.state())) {
            task.release();
            master.tasks.remove(task); // finished already; nothing new to say
        } else if (unreachable) {
            master.tasks.unreachable(task, status);
        } else {
            master.tasks.end(task, status, false);
        }
    }

    /** What every way of leaving has in common, once the tasks are dealt with. */
    private void evict(AgentEntry agent) {
        master.offering.rescindAll(agent);
        for (FrameworkID framework : List.copyOf(agent.executors().frameworkIds())) {
            agent.executors().removeAll(framework);
        }
        master.agentHealth.forget(agent);
        master.agents.remove(agent);
        master.operations.agentRemoved(agent.id());
        EventStream stream = agent.stream();
        agent.detach();
        if (stream != null) {
            stream.close();
        }
        for (FrameworkEntry framework : master.frameworks.all()) {
            framework.send(Events.failure(agent.id(), null, null));
        }
        master.hooks.slaveLost(agent.info());
        master.operatorStreams.agentRemoved(agent.id());
    }
}
