package io.osmos.agent.containerizer;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
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
 */
public record ContainerLaunch(ContainerID containerId, CommandInfo command, Map<String, String> environment,
        Path sandbox, Resources resources, Optional<ExecutorInfo> executorInfo, Optional<TaskInfo> taskInfo) {

    public ContainerLaunch {
        Objects.requireNonNull(containerId, "container id");
        Objects.requireNonNull(command, "command");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(executorInfo, "executor info");
        Objects.requireNonNull(taskInfo, "task info");
    }
}
