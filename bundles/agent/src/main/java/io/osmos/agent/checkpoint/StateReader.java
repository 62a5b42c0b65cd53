package io.osmos.agent.checkpoint;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the checkpoints back. With {@code strict}, anything that cannot be read fails the whole
 * recovery, as Mesos's {@code --strict}; without it the broken framework, executor, run or task is
 * left out and named in {@link Recovered.State#skipped}. A torn last status update record (a crash
 * mid-append) is never an error: it was not sent, so dropping it loses nothing.
 */
public final class StateReader {
    private static final Logger LOG = LoggerFactory.getLogger(StateReader.class);

    private final MetaLayout layout;
    private final boolean strict;
    private final List<String> skipped = new ArrayList<>();

    private StateReader(MetaLayout layout, boolean strict) {
        this.layout = layout;
        this.strict = strict;
    }

    /** @throws RecoveryException in strict mode, naming the checkpoint that could not be read */
    public static Recovered.State read(MetaLayout layout, boolean strict) {
        return new StateReader(layout, strict).read();
    }

    private Recovered.State read() {
        Optional<String> bootId = BootId.read(layout.bootId());
        if (!Files.exists(layout.latestAgent(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new Recovered.State(Optional.empty(), bootId, List.of(), List.of());
        }
        AgentInfo agent;
        try {
            AgentID id = AgentID.newBuilder().setValue(Files.readSymbolicLink(layout.latestAgent()).toString()).build();
            agent = CheckpointFiles.read(layout.agentInfo(id), AgentInfo.parser());
        } catch (IOException | RuntimeException e) {
            // Without its own info nothing else can be trusted; start afresh like a new agent, unless strict.
            broken("the agent's info", e);
            return new Recovered.State(Optional.empty(), bootId, List.of(), List.copyOf(skipped));
        }
        List<Recovered.Framework> frameworks = new ArrayList<>();
        for (Path dir : children(layout.agent(agent.getId()).resolve("frameworks"))) {
            try {
                FrameworkInfo info = CheckpointFiles.read(dir.resolve("framework.info"), FrameworkInfo.parser());
                frameworks.add(new Recovered.Framework(info, executors(dir)));
            } catch (IOException | RuntimeException e) {
                broken("framework " + dir.getFileName(), e);
            }
        }
        return new Recovered.State(Optional.of(agent), bootId, frameworks, List.copyOf(skipped));
    }

    private List<Recovered.Executor> executors(Path framework) {
        List<Recovered.Executor> executors = new ArrayList<>();
        for (Path dir : children(framework.resolve("executors"))) {
            try {
                ExecutorInfo info = CheckpointFiles.read(dir.resolve("executor.info"), ExecutorInfo.parser());
                Path latest = dir.resolve("runs").resolve("latest");
                Optional<ContainerID> current = Files.isSymbolicLink(latest)
                        ? Optional.of(container(Files.readSymbolicLink(latest).toString())) : Optional.empty();
                executors.add(new Recovered.Executor(info, runs(dir.resolve("runs")), current));
            } catch (IOException | RuntimeException e) {
                broken("executor " + dir.getFileName() + " of framework " + framework.getFileName(), e);
            }
        }
        return executors;
    }

    private List<Recovered.Run> runs(Path runs) {
        List<Recovered.Run> result = new ArrayList<>();
        for (Path dir : children(runs)) {
            Path pidFile = dir.resolve("pids").resolve("forked.pid");
            Optional<Long> pid = Optional.empty();
            try {
                if (Files.exists(pidFile)) {
                    pid = Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim()));
                }
                result.add(new Recovered.Run(container(dir.getFileName().toString()), pid, tasks(dir)));
            } catch (IOException | RuntimeException e) {
                broken("run " + dir.getFileName(), e);
            }
        }
        return result;
    }

    private List<Recovered.Task> tasks(Path run) {
        List<Recovered.Task> tasks = new ArrayList<>();
        for (Path dir : children(run.resolve("tasks"))) {
            Path infoFile = dir.resolve("task.info");
            if (!Files.exists(infoFile)) {
                LOG.warn("Skipping task {}: the agent stopped before its info was checkpointed", dir.getFileName());
                continue;
            }
            try {
                TaskInfo info = CheckpointFiles.read(infoFile, TaskInfo.parser());
                UpdateLog log = new UpdateLog(dir.resolve("task.updates"));
                UpdateLog.Replay replay = UpdateLog.read(log.file());
                if (replay.torn()) {
                    LOG.warn("Dropped the torn last record of {}", log.file());
                }
                tasks.add(new Recovered.Task(info, log, replay.records()));
            } catch (IOException | RuntimeException e) {
                broken("task " + dir.getFileName(), e);
            }
        }
        return tasks;
    }

    private void broken(String what, Exception e) {
        String message = "Cannot recover " + what + ": " + e.getMessage();
        if (strict) {
            throw new RecoveryException(message, e);
        }
        LOG.error("{}; skipping it (--strict=false)", message);
        skipped.add(message);
    }

    private static ContainerID container(String value) {
        return ContainerID.newBuilder().setValue(value).build();
    }

    // Directories only: "latest" links and temporary files are not entries.
    private static List<Path> children(Path dir) {
        List<Path> children = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return children;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
            entries.forEach(children::add);
        } catch (IOException e) {
            throw new RecoveryException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
        children.sort(null);
        return children;
    }
}
