package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.validation.LaunchContext;
import io.osmos.master.validation.TaskGroupValidator;
import io.osmos.master.validation.TaskValidator;
import io.osmos.master.validation.Verdict;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskGroupInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus.Reason;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LAUNCH and LAUNCH_GROUP inside an ACCEPT: each task (or the group as a whole) is checked against
 * what earlier operations of the call left, then recorded and sent to the agent. A refused task gets
 * TASK_ERROR with Mesos's message. Actor-confined.
 */
final class Launches {
    private static final Logger LOG = LoggerFactory.getLogger(Launches.class);

    private final Master master;

    Launches(Master master) {
        this.master = master;
    }

    /** Checks and launches one task; returns what is left of the offered resources. */
    Resources launch(FrameworkEntry framework, AgentEntry agent, TaskInfo task, Resources available) {
        Verdict verdict = TaskValidator.validate(task, context(framework, agent, available));
        if (!verdict.valid()) {
            LOG.info("Refusing task {} of framework {}: {}", task.getTaskId().getValue(), framework.id().getValue(),
                    verdict.error());
            master.tasks.refuse(framework, task.getTaskId(), task.getAgentId(), TaskState.TASK_ERROR,
                    Reason.REASON_TASK_INVALID, verdict.error());
            return available;
        }
        master.tasks.launch(framework, agent, task, verdict.taskResources(), verdict.newExecutor());
        return available.minus(verdict.consumed());
    }

    /** Checks and launches a task group whole, under one executor; returns what is left. */
    Resources launchGroup(FrameworkEntry framework, AgentEntry agent, Offer.Operation.LaunchGroup launch,
            Resources available) {
        ExecutorInfo executor = launch.getExecutor();
        TaskGroupInfo group = launch.getTaskGroup();
        Verdict verdict = TaskGroupValidator.validate(group, executor, context(framework, agent, available));
        if (!verdict.valid()) {
            LOG.info("Refusing a task group of framework {}: {}", framework.id().getValue(), verdict.error());
            for (TaskInfo task : group.getTasksList()) {
                master.tasks.refuse(framework, task.getTaskId(), task.getAgentId(), TaskState.TASK_ERROR,
                        Reason.REASON_TASK_GROUP_INVALID, verdict.error());
            }
            return available;
        }
        Optional<ExecutorInfo> newExecutor = verdict.newExecutor();
        for (TaskInfo task : group.getTasksList()) {
            master.tasks.add(framework, agent, task, Resources.of(task.getResourcesList()), newExecutor);
            newExecutor = Optional.empty();
        }
        agent.send(AgentEvents.runTaskGroup(framework.info(), executor, group));
        return available.minus(verdict.consumed());
    }

    private static LaunchContext context(FrameworkEntry framework, AgentEntry agent, Resources available) {
        return new LaunchContext(framework.id(), agent.id(), framework::hasTask,
                executorId -> agent.executors().get(framework.id(), executorId), available);
    }
}
