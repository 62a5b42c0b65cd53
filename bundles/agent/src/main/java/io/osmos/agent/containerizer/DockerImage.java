package io.osmos.agent.containerizer;

import io.osmos.protocol.v1.Protos.ContainerInfo;
import java.util.Optional;

/** The image of a DOCKER ContainerInfo, Mesos's {@code ContainerInfo.docker.image}; blank is none. */
final class DockerImage {
    private DockerImage() {
    }

    static Optional<String> of(ContainerInfo container) {
        return container.hasDocker() ? Optional.of(container.getDocker().getImage()).filter(s -> !s.isBlank())
                : Optional.empty();
    }
}
