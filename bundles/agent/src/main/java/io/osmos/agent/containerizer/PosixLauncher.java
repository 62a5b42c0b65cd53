package io.osmos.agent.containerizer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Forks a container's supervisor in a session of its own. setsid(1) makes it the leader of a new
 * session and process group without a fork (a child of the JVM is never a group leader), so the
 * supervisor's pid is also the group every process of the container belongs to, and the container
 * leaves the agent's terminal and signals behind: Ctrl-C on the agent does not reach its tasks.
 */
final class PosixLauncher {
    private PosixLauncher() {
    }

    /**
     * Writes the supervisor script and starts it; it waits for {@link #go} before running anything.
     * stdout and stderr are appended to the given files.
     */
    static Process fork(RuntimeDir runtime, String script, Path workingDirectory, Path stdout, Path stderr,
            Map<String, String> environment) throws IOException {
        Files.writeString(runtime.supervisor(), script, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(List.of("setsid", "sh", runtime.supervisor().toString()))
                .directory(workingDirectory.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stdout.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Lets the supervisor run its commands. */
    static void go(Process supervisor) throws IOException {
        try (OutputStream in = supervisor.getOutputStream()) {
            in.write("go\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Closes the go pipe unused: a supervisor still waiting exits without running anything. */
    static void abort(Process supervisor) {
        try {
            supervisor.getOutputStream().close();
        } catch (IOException ignored) {
            // the supervisor is gone already
        }
    }
}
