package io.osmos.agent.containerizer;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import java.nio.file.Path;

/** A container the agent's checkpoints name, to be found again after a restart. */
public record RecoverableContainer(ContainerID id, ExecutorInfo executorInfo, Path sandbox, Resources resources) {
}
