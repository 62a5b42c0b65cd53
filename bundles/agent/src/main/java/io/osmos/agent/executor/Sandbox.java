package io.osmos.agent.executor;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A container's sandbox directory, laid out as the Mesos agent lays it out so that Mesos tools find
 * their way: {@code <work_dir>/slaves/<agent>/frameworks/<framework>/executors/<executor>/runs/<container>},
 * with {@code runs/latest} linking to the newest run, and the task's {@code stdout} and {@code stderr}
 * inside.
 */
public record Sandbox(Path directory) {

    /** The directory of a run; nothing is created. */
    public static Path path(Path workDir, AgentID agentId, FrameworkID frameworkId, ExecutorID executorId,
            ContainerID containerId) {
        return runs(workDir, agentId, frameworkId, executorId).resolve(segment("container", containerId.getValue()));
    }

    /**
     * Creates the run's directory with empty stdout and stderr, and points {@code latest} at it.
     *
     * @throws IllegalArgumentException when an id cannot be a directory name (empty, ".", "..", or with '/')
     */
    public static Sandbox create(Path workDir, AgentID agentId, FrameworkID frameworkId, ExecutorID executorId,
            ContainerID containerId) throws IOException {
        Path runs = runs(workDir, agentId, frameworkId, executorId);
        Path directory = path(workDir, agentId, frameworkId, executorId, containerId);
        Files.createDirectories(directory);
        Sandbox sandbox = new Sandbox(directory);
        Files.write(sandbox.stdout(), new byte[0]);
        Files.write(sandbox.stderr(), new byte[0]);
        // Swap the link in one step so a reader never finds it missing.
        Path link = runs.resolve(".latest-" + containerId.getValue());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, directory.getFileName());
        Files.move(link, runs.resolve("latest"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return sandbox;
    }

    /**
     * Creates the sandbox of a task that runs in a nested container of an executor, inside the
     * executor's sandbox as Mesos lays it out: {@code <executor sandbox>/tasks/<task id>}.
     */
    public static Sandbox nested(Path executorSandbox, String taskId) throws IOException {
        Sandbox sandbox = new Sandbox(executorSandbox.resolve("tasks").resolve(segment("task", taskId)));
        Files.createDirectories(sandbox.directory());
        Files.write(sandbox.stdout(), new byte[0]);
        Files.write(sandbox.stderr(), new byte[0]);
        return sandbox;
    }

    public Path stdout() {
        return directory.resolve("stdout");
    }

    public Path stderr() {
        return directory.resolve("stderr");
    }

    private static Path runs(Path workDir, AgentID agentId, FrameworkID frameworkId, ExecutorID executorId) {
        return workDir.resolve("slaves").resolve(segment("agent", agentId.getValue()))
                .resolve("frameworks").resolve(segment("framework", frameworkId.getValue()))
                .resolve("executors").resolve(segment("executor", executorId.getValue()))
                .resolve("runs");
    }

    private static String segment(String kind, String id) {
        if (id.isEmpty() || id.equals(".") || id.equals("..") || id.indexOf('/') >= 0 || id.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("The " + kind + " id '" + id + "' cannot name a sandbox directory");
        }
        return id;
    }
}
