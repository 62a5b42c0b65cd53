package io.osmos.agent.checkpoint;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes what the agent must know after a restart, in the Mesos agent's layout ({@link MetaLayout}).
 * The agent's own info is always written; framework, executor and task state only for frameworks
 * with {@code checkpoint: true}, which the callers check. A write that fails throws
 * {@link UncheckedIOException} naming the file: the agent must not run what it could not recover.
 */
public final class Checkpointer {
    private final MetaLayout layout;

    public Checkpointer(Path workDir) {
        this.layout = MetaLayout.of(workDir);
    }

    public MetaLayout layout() {
        return layout;
    }

    public void agent(AgentInfo info) {
        run(() -> {
            CheckpointFiles.write(layout.agentInfo(info.getId()), info);
            CheckpointFiles.link(layout.latestAgent(), info.getId().getValue());
        }, layout.agentInfo(info.getId()));
    }

    public void bootId(String bootId) {
        run(() -> CheckpointFiles.write(layout.bootId(), (bootId + "\n").getBytes(StandardCharsets.UTF_8)),
                layout.bootId());
    }

    public void framework(AgentID agent, FrameworkInfo framework) {
        Path file = layout.frameworkInfo(agent, framework.getId());
        run(() -> CheckpointFiles.write(file, framework), file);
    }

    /** The executor's info and a new run of it, which becomes the latest. */
    public void executorRun(AgentID agent, FrameworkID framework, ExecutorInfo executor, ContainerID container) {
        Path file = layout.executorInfo(agent, framework, executor.getExecutorId());
        run(() -> {
            CheckpointFiles.write(file, executor);
            Path run = layout.run(agent, framework, executor.getExecutorId(), container);
            java.nio.file.Files.createDirectories(run);
            CheckpointFiles.link(run.resolveSibling("latest"), container.getValue());
        }, file);
    }

    public void forkedPid(AgentID agent, FrameworkID framework, ExecutorInfo executor, ContainerID container,
            long pid) {
        Path file = layout.forkedPid(agent, framework, executor.getExecutorId(), container);
        run(() -> CheckpointFiles.write(file, (pid + "\n").getBytes(StandardCharsets.US_ASCII)), file);
    }

    public void task(AgentID agent, FrameworkID framework, ExecutorInfo executor, ContainerID container,
            TaskInfo task) {
        Path file = layout.taskInfo(agent, framework, executor.getExecutorId(), container, task.getTaskId());
        run(() -> CheckpointFiles.write(file, task), file);
    }

    /** The file of a task's status update stream. */
    public UpdateLog updates(AgentID agent, FrameworkID framework, ExecutorInfo executor, ContainerID container,
            TaskInfo task) {
        return new UpdateLog(layout.taskUpdates(agent, framework, executor.getExecutorId(), container,
                task.getTaskId()));
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void run(Write write, Path file) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
