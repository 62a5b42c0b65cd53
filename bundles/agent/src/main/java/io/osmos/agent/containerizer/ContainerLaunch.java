package io.osmos.agent.containerizer;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ContainerInfo;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run in a new container.
 *
 * @param command what the container runs: a command task's command, or an executor's command; its
 *     URIs must already be fetched into the sandbox
 * @param environment variables on top of the agent's own (the Mesos variables); the command's own
 *     environment and then the isolators' come on top of these
 * @param sandbox the container's sandbox: its working directory, holding its stdout and stderr
 * @param taskInfo the task, for a command task's container
 * @param user who the command runs as, when that is not the agent's own user (--switch_user)
 */
public record ContainerLaunch(ContainerID containerId, CommandInfo command, Map<String, String> environment,
        Path sandbox, Resources resources, Optional<ExecutorInfo> executorInfo, Optional<TaskInfo> taskInfo,
        Optional<TaskUser> user) {

    /** A launch that runs as the agent's own user. */
    public ContainerLaunch(ContainerID containerId, CommandInfo command, Map<String, String> environment,
            Path sandbox, Resources resources, Optional<ExecutorInfo> executorInfo, Optional<TaskInfo> taskInfo) {
        this(containerId, command, environment, sandbox, resources, executorInfo, taskInfo, Optional.empty());
    }

    public ContainerLaunch {
        Objects.requireNonNull(containerId, "container id");
        Objects.requireNonNull(command, "command");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(executorInfo, "executor info");
        Objects.requireNonNull(taskInfo, "task info");
        Objects.requireNonNull(user, "user");
    }

    /**
     * The kind of container asked for: a command task's own ContainerInfo, else its executor's; empty
     * when neither names one. Containerizers decide on it whether they run the container.
     */
    public Optional<ContainerInfo.Type> containerType() {
        return containerInfo().map(ContainerInfo::getType);
    }

    /** The ContainerInfo that {@link #containerType} is taken from. */
    public Optional<ContainerInfo> containerInfo() {
        return taskInfo.filter(TaskInfo::hasContainer).map(TaskInfo::getContainer)
                .or(() -> executorInfo.filter(ExecutorInfo::hasContainer).map(ExecutorInfo::getContainer));
    }
}
