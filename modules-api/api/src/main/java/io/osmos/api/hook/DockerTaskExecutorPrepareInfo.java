package io.osmos.api.hook;

import io.osmos.protocol.v1.Protos.Environment;
import java.util.Objects;

/**
 * What {@link AgentHook#slavePreLaunchDockerTaskExecutorDecorator} returns in Mesos: environment
 * variables for the executor and for the task; each may be empty.
 */
public record DockerTaskExecutorPrepareInfo(Environment executorEnvironment, Environment taskEnvironment) {

    public DockerTaskExecutorPrepareInfo {
        Objects.requireNonNull(executorEnvironment, "executor environment");
        Objects.requireNonNull(taskEnvironment, "task environment");
    }
}
