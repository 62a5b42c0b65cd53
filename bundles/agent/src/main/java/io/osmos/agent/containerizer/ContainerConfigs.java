package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerConfig;
import java.util.Optional;

/** The isolators' view of a launch. */
final class ContainerConfigs {
    private ContainerConfigs() {
    }

    static ContainerConfig of(ContainerLaunch launch) {
        Optional<String> user = launch.command().hasUser() ? Optional.of(launch.command().getUser()) : Optional.empty();
        return new ContainerConfig(launch.command(), launch.resources(),
                launch.sandbox().toAbsolutePath().toString(), launch.executorInfo(), launch.taskInfo(), user);
    }
}
