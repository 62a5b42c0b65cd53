package io.osmos.master.validation;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import java.util.Optional;

/**
 * The outcome of checking one task: the reason it is refused, or what launching it consumes.
 *
 * @param newExecutor the task's executor when it is not yet running on the agent (its resources are
 *     part of {@code consumed})
 */
public record Verdict(String error, Resources taskResources, Optional<ExecutorInfo> newExecutor,
        Resources consumed) {

    static Verdict refused(String error) {
        return new Verdict(error, Resources.EMPTY, Optional.empty(), Resources.EMPTY);
    }

    public boolean valid() {
        return error == null;
    }
}
