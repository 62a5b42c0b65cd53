package io.osmos.api.hook;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Attribute;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.Environment;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The agent's hook points; Mesos names them "slave". Ordering, chaining and failure handling are
 * described in the {@linkplain io.osmos.api.hook package}; a throwing or slow hook is skipped, logged and
 * counted.
 */
@ConsumerType
public interface AgentHook {

    /**
     * Called by the agent when the master asks it to run a task, before the task is launched.
     *
     * @return labels that replace the task's labels, or empty to leave them
     */
    default Optional<Labels> slaveRunTaskLabelDecorator(TaskInfo taskInfo, ExecutorInfo executorInfo,
            FrameworkInfo frameworkInfo, AgentInfo agentInfo) {
        return Optional.empty();
    }

    /**
     * Called by the agent before it launches an executor. A hook should extend, not drop, the variables
     * already in {@code executorInfo}.
     *
     * @return the environment that replaces the executor command's environment, or empty to leave it
     */
    default Optional<Environment> slaveExecutorEnvironmentDecorator(ExecutorInfo executorInfo) {
        return Optional.empty();
    }

    /**
     * Mesos calls this before its Docker containerizer launches a task. Osmos has no Docker
     * containerizer and never calls it; it is declared so that every Mesos hook point has its name here.
     */
    default Optional<DockerTaskExecutorPrepareInfo> slavePreLaunchDockerTaskExecutorDecorator(
            Optional<TaskInfo> taskInfo, ExecutorInfo executorInfo, String containerName,
            String containerWorkDirectory, String mappedSandboxDirectory, Map<String, String> environment) {
        return Optional.empty();
    }

    /** Called by the agent after a container's URIs were fetched into its sandbox {@code directory}. */
    default void slavePostFetchHook(ContainerID containerId, String directory) {
    }

    /** Called by the agent when it removes an executor, for cleanup the hook needs. */
    default void slaveRemoveExecutorHook(FrameworkInfo frameworkInfo, ExecutorInfo executorInfo) {
    }

    /**
     * Called by the agent for each status update an executor sends, before it is forwarded.
     *
     * @return a status whose labels and container status replace the update's; its other fields are
     *     ignored. Empty leaves the update as it was
     */
    default Optional<TaskStatus> slaveTaskStatusDecorator(FrameworkID frameworkId, TaskStatus status) {
        return Optional.empty();
    }

    /**
     * Called by the agent when it starts, before it advertises its resources to the master.
     *
     * @return resources that replace the agent's resources in its AgentInfo, or empty to leave them
     */
    default Optional<Resources> slaveResourcesDecorator(AgentInfo agentInfo) {
        return Optional.empty();
    }

    /**
     * Called by the agent when it starts, before it advertises its attributes to the master.
     *
     * @return attributes that replace the agent's attributes in its AgentInfo, or empty to leave them
     */
    default Optional<List<Attribute>> slaveAttributesDecorator(AgentInfo agentInfo) {
        return Optional.empty();
    }
}
