package io.osmos.api.oversubscription;

import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.Objects;
import java.util.Optional;

/**
 * One corrective action a {@link QoSController} asks for, as Mesos's {@code QoSCorrection} message.
 * The only type Mesos defines is a kill of an executor: the agent destroys its container and its tasks
 * end with reason {@code REASON_CONTAINER_PREEMPTED}.
 *
 * @param containerId when set, the kill applies only if the executor still runs in this container, so
 *     a new executor reusing the executor id is spared
 */
public record QoSCorrection(Type type, FrameworkID frameworkId, ExecutorID executorId,
        Optional<ContainerID> containerId) {

    /** The kinds of correction; Mesos defines only {@code KILL}. */
    public enum Type {
        KILL
    }

    public QoSCorrection {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(frameworkId, "framework id");
        Objects.requireNonNull(executorId, "executor id");
        Objects.requireNonNull(containerId, "container id");
    }

    /** Kill this executor of this framework, whichever container runs it. */
    public static QoSCorrection kill(FrameworkID frameworkId, ExecutorID executorId) {
        return new QoSCorrection(Type.KILL, frameworkId, executorId, Optional.empty());
    }

    /** Kill this executor of this framework if it still runs in this container. */
    public static QoSCorrection kill(FrameworkID frameworkId, ExecutorID executorId, ContainerID containerId) {
        return new QoSCorrection(Type.KILL, frameworkId, executorId, Optional.of(containerId));
    }
}
