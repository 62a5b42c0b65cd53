package io.osmos.agent.containerizer;

import io.osmos.protocol.v1.Protos.CommandInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns a Mesos CommandInfo into the argv the supervisor runs, refusing what cannot run. */
public final class CommandArgv {
    private CommandArgv() {
    }

    /**
     * {@code shell: true} (the default) runs {@code sh -c value}; otherwise value runs with
     * arguments[1..], since arguments[0] is argv[0] in Mesos and a shell cannot pass that on.
     *
     * @param path the PATH the command will see, to find a program given without a slash
     * @throws IllegalArgumentException when the command cannot run, saying why
     */
    public static List<String> of(CommandInfo command, String path, Path workingDirectory) {
        // Who runs it is the launch's business (--switch_user, TaskUser), not the command line's.
        if (!command.hasValue() || command.getValue().isEmpty()) {
            throw new IllegalArgumentException("The command has no value to run");
        }
        if (command.getShell()) {
            return List.of("sh", "-c", command.getValue());
        }
        requireExecutable(command.getValue(), path, workingDirectory);
        List<String> argv = new ArrayList<>();
        argv.add(command.getValue());
        argv.addAll(command.getArgumentsList().subList(Math.min(1, command.getArgumentsCount()),
                command.getArgumentsCount()));
        return argv;
    }

    // The shell would report "not found" and exit 127, which reads like a command that ran and failed.
    private static void requireExecutable(String program, String path, Path workingDirectory) {
        if (program.contains("/")) {
            Path file = workingDirectory.resolve(program);
            if (!Files.isExecutable(file) || Files.isDirectory(file)) {
                throw new IllegalArgumentException("'" + program + "' is not an executable file");
            }
            return;
        }
        for (String dir : (path == null ? "" : path).split(":")) {
            Path candidate = workingDirectory.resolve(dir).resolve(program);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return;
            }
        }
        throw new IllegalArgumentException("'" + program + "' is not an executable file on the PATH");
    }
}
