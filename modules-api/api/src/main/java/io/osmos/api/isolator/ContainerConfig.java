package io.osmos.api.isolator;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a container is launched with, as handed to {@link Isolator#prepare}; mirrors the fields of
 * Mesos's {@code ContainerConfig} that Osmos uses.
 *
 * @param commandInfo the command the container runs: the executor's, or the task's for a command task
 * @param resources the resources allocated to the container
 * @param directory the sandbox directory, absolute
 * @param executorInfo the executor the container runs
 * @param taskInfo the task, when the container is launched for a single command task
 * @param user the user the container runs as; empty means the agent's user
 */
public record ContainerConfig(CommandInfo commandInfo, Resources resources, String directory,
        Optional<ExecutorInfo> executorInfo, Optional<TaskInfo> taskInfo, Optional<String> user) {

    /** @throws IllegalArgumentException if the sandbox directory is not an absolute path */
    public ContainerConfig {
        Objects.requireNonNull(commandInfo, "command info");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(directory, "sandbox directory");
        Objects.requireNonNull(executorInfo, "executor info");
        Objects.requireNonNull(taskInfo, "task info");
        Objects.requireNonNull(user, "user");
        if (!Path.of(directory).isAbsolute()) {
            throw new IllegalArgumentException("the sandbox directory must be an absolute path, got '"
                    + directory + "'");
        }
    }
}
