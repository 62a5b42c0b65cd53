package io.osmos.agent.executor;

import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.Environment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a task's command as an OS process in its own session, inside its sandbox: the posix
 * launcher of the Mesos containerizer, without isolators yet.
 */
final class CommandLauncher {
    private CommandLauncher() {
    }

    /**
     * The process's argv. setsid(1) makes the process a session and process group leader without a
     * fork (a child of the JVM is never a group leader), so its pid is also the group to signal.
     *
     * @throws IllegalArgumentException when the command cannot run, saying why
     */
    static List<String> argv(CommandInfo command) {
        if (command.getUrisCount() > 0) {
            throw new IllegalArgumentException("Fetching CommandInfo.uris is not supported yet");
        }
        // Like a Mesos agent with --switch_user=false, tasks run as the agent's user.
        if (command.hasUser() && !command.getUser().equals(System.getProperty("user.name"))) {
            throw new IllegalArgumentException("Running a command as user '" + command.getUser()
                    + "' is not supported yet: tasks run as the agent's user");
        }
        if (!command.hasValue() || command.getValue().isEmpty()) {
            throw new IllegalArgumentException("The command has no value to run");
        }
        List<String> argv = new ArrayList<>(List.of("setsid"));
        if (command.getShell()) {
            argv.addAll(List.of("sh", "-c", command.getValue()));
        } else {
            // value is the program; arguments[0] is its argv[0], which setsid cannot pass on, so it is dropped.
            argv.add(command.getValue());
            argv.addAll(command.getArgumentsList().subList(Math.min(1, command.getArgumentsCount()),
                    command.getArgumentsCount()));
        }
        return argv;
    }

    /**
     * Starts the process with the sandbox as working directory and its stdout and stderr files, stdin
     * empty, and the agent's environment plus the Mesos variables plus the command's own variables.
     */
    static Process launch(CommandInfo command, Sandbox sandbox, Map<String, String> mesosEnvironment)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(argv(command))
                .directory(sandbox.directory().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(sandbox.stdout().toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(sandbox.stderr().toFile()));
        Map<String, String> environment = builder.environment();
        environment.putAll(mesosEnvironment);
        for (Environment.Variable variable : command.getEnvironment().getVariablesList()) {
            if (variable.getType() == Environment.Variable.Type.SECRET) {
                throw new IllegalArgumentException("Secret environment variable '" + variable.getName()
                        + "' is not supported yet");
            }
            environment.put(variable.getName(), variable.getValue());
        }
        if (!command.getShell()) {
            requireExecutable(command.getValue(), environment.get("PATH"), sandbox.directory());
        }
        return builder.start();
    }

    /** The variables the Mesos agent gives a command task, so scripts written for Mesos find them. */
    static Map<String, String> mesosEnvironment(CommandTask task, Sandbox sandbox) {
        String directory = sandbox.directory().toString();
        String agentId = task.agentId().getValue();
        return Map.of("MESOS_FRAMEWORK_ID", task.key().frameworkId().getValue(),
                "MESOS_EXECUTOR_ID", task.executorId().getValue(),
                "MESOS_TASK_ID", task.key().taskId().getValue(),
                "MESOS_DIRECTORY", directory,
                "MESOS_SANDBOX", directory,
                "MESOS_AGENT_ID", agentId,
                "MESOS_SLAVE_ID", agentId);
    }

    // setsid would start and then fail to exec, which reads like a command that ran and failed.
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
