package io.osmos.api.isolator;

import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one isolator needs of a launch, returned from {@link Isolator#prepare}; mirrors the fields of
 * Mesos's {@code ContainerLaunchInfo} that Osmos uses. The agent merges the answers of all isolators in
 * {@code --isolation} order: environment variables accumulate, a later isolator's value replacing an
 * earlier one of the same name; pre-exec commands run in that order before the executor; at most one
 * isolator may set the command or the working directory, and the launch fails if two do.
 *
 * @param environment variables added to the executor's environment
 * @param preExecCommands commands run, each to success, in the container before the executor starts
 * @param command a replacement for the container's command
 * @param workingDirectory the directory the executor starts in, instead of the sandbox
 */
public record ContainerLaunchInfo(Environment environment, List<CommandInfo> preExecCommands,
        Optional<CommandInfo> command, Optional<String> workingDirectory) {

    public ContainerLaunchInfo {
        Objects.requireNonNull(environment, "environment");
        preExecCommands = List.copyOf(Objects.requireNonNull(preExecCommands, "pre-exec commands"));
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(workingDirectory, "working directory");
    }

    /** Asks for nothing; start from here and add with the {@code with} methods. */
    public static ContainerLaunchInfo empty() {
        return new ContainerLaunchInfo(Environment.getDefaultInstance(), List.of(), Optional.empty(),
                Optional.empty());
    }

    public ContainerLaunchInfo withEnvironment(Environment environment) {
        return new ContainerLaunchInfo(environment, preExecCommands, command, workingDirectory);
    }

    /** Adds one pre-exec command after those already present. */
    public ContainerLaunchInfo withPreExecCommand(CommandInfo preExecCommand) {
        List<CommandInfo> commands = new ArrayList<>(preExecCommands);
        commands.add(Objects.requireNonNull(preExecCommand, "pre-exec command"));
        return new ContainerLaunchInfo(environment, commands, command, workingDirectory);
    }

    public ContainerLaunchInfo withCommand(CommandInfo command) {
        return new ContainerLaunchInfo(environment, preExecCommands, Optional.of(command), workingDirectory);
    }

    public ContainerLaunchInfo withWorkingDirectory(String workingDirectory) {
        return new ContainerLaunchInfo(environment, preExecCommands, command, Optional.of(workingDirectory));
    }
}
