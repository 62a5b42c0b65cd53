package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerLimitation;
import java.util.Optional;

/**
 * How a container ended.
 *
 * @param status the command's exit status as a shell reports it (128+N for signal N); empty when
 *     nothing recorded it (the supervisor was killed, or the container was never found again)
 * @param limitation the limit an isolator reported, when that is why the container was destroyed
 * @param killed true when the agent killed the container
 * @param reason why there is no status, when there is none
 */
public record ContainerTermination(Optional<Integer> status, Optional<ContainerLimitation> limitation,
        boolean killed, String reason) {

    /** A container that could not be found when the agent looked for it. */
    public static ContainerTermination unknown(String reason) {
        return new ContainerTermination(Optional.empty(), Optional.empty(), false, reason);
    }
}
