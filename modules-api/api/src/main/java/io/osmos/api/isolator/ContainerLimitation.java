package io.osmos.api.isolator;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.Objects;

/**
 * A limit a container hit, reported by {@link Isolator#watch}; the agent destroys the container and its
 * tasks fail with this reason and message, as in Mesos.
 *
 * @param resources the resources whose limit was hit, e.g. {@code mem:128}; may be empty
 * @param message what happened, for the task status, e.g. {@code Memory limit exceeded: 130MB > 128MB}
 * @param reason e.g. {@code REASON_CONTAINER_LIMITATION_MEMORY}, {@code REASON_CONTAINER_LIMITATION_DISK}
 */
public record ContainerLimitation(Resources resources, String message, TaskStatus.Reason reason) {

    public ContainerLimitation {
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reason, "reason");
    }
}
