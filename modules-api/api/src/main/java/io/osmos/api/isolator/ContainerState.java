package io.osmos.api.isolator;

import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import java.util.Objects;

/**
 * A container the agent checkpointed, handed to {@link Isolator#recover} after an agent restart; mirrors
 * Mesos's {@code ContainerState}.
 *
 * @param pid the executor's process id as checkpointed; the process may have ended since
 * @param directory the container's sandbox directory
 */
public record ContainerState(ContainerID containerId, ExecutorInfo executorInfo, long pid, String directory) {

    /** @throws IllegalArgumentException if the pid is not positive */
    public ContainerState {
        Objects.requireNonNull(containerId, "container id");
        Objects.requireNonNull(executorInfo, "executor info");
        Objects.requireNonNull(directory, "directory");
        if (pid <= 0) {
            throw new IllegalArgumentException("container " + containerId.getValue()
                    + " has no valid pid: " + pid);
        }
    }
}
