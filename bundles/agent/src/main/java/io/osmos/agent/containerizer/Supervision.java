package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerLaunchInfo;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.Environment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts a launch and the isolators' answers together into a forked supervisor. */
final class Supervision {
    private Supervision() {
    }

    /**
     * @throws IllegalArgumentException when the command (or a pre-exec command) cannot run
     */
    static Process fork(RuntimeDir runtime, ContainerLaunch launch, ContainerLaunchInfo info) throws IOException {
        CommandInfo command = info.command().orElse(launch.command());
        Map<String, String> environment = new LinkedHashMap<>(launch.environment());
        add(environment, launch.command().getEnvironment());
        add(environment, info.environment());
        Path workingDirectory = info.workingDirectory().map(Path::of).orElse(launch.sandbox());
        String path = environment.getOrDefault("PATH", System.getenv("PATH"));
        List<String> plain = CommandArgv.of(command, path, workingDirectory);
        // Only the command changes user: the supervisor stays the agent's, to record the exit status.
        List<String> argv = launch.user().map(user -> user.wrap(plain)).orElse(plain);
        List<List<String>> preExec = info.preExecCommands().stream()
                .map(pre -> CommandArgv.of(pre, path, workingDirectory)).toList();
        return PosixLauncher.fork(runtime, SupervisorScript.build(argv, preExec, runtime), workingDirectory,
                launch.sandbox().resolve("stdout"), launch.sandbox().resolve("stderr"), environment);
    }

    private static void add(Map<String, String> environment, Environment variables) {
        for (Environment.Variable variable : variables.getVariablesList()) {
            if (variable.getType() == Environment.Variable.Type.SECRET) {
                throw new IllegalArgumentException("Secret environment variable '" + variable.getName()
                        + "' is not supported yet");
            }
            environment.put(variable.getName(), variable.getValue());
        }
    }
}
