package io.osmos.agent.containerizer;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.util.Optional;

/** A container the docker containerizer runs; touched only on the agent's actor. */
final class DockerContainer extends TrackedContainer {
    /** The {@code docker run} process, when this agent started it (not after a restart). */
    final Optional<Long> pid;

    DockerContainer(ContainerID id, Optional<Long> pid, Resources resources) {
        super(id, resources);
        this.pid = pid;
    }

    /**
     * Ends the container with what {@code docker wait} answered: the exit status it printed, else no
     * status and the reason.
     */
    ContainerTermination ended(DockerCli.Output out, Throwable failure) {
        Optional<Integer> status = Optional.empty();
        if (failure == null && out.status() == 0) {
            try {
                status = Optional.of(Integer.parseInt(out.lastLine().strip()));
            } catch (NumberFormatException e) {
                status = Optional.empty();
            }
        }
        String reason = status.isPresent() ? "" : "docker wait did not tell how it ended: "
                + (failure != null ? Stages.unwrap(failure).getMessage() : out.lastLine());
        ContainerTermination ended = new ContainerTermination(status, Optional.ofNullable(limitation), killed, reason);
        termination.complete(ended);
        return ended;
    }
}
