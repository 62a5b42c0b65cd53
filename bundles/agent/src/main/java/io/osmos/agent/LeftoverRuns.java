package io.osmos.agent;

import io.osmos.agent.executor.Executor;
import io.osmos.agent.executor.TaskRecord;
import io.osmos.protocol.v1.Protos.AgentID;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a restarted agent finds on disk that nothing will use again: the sandboxes and checkpoints of
 * earlier agents (another agent id), and the runs of the current agent that no recovered executor
 * owns (older runs of an executor, runs of frameworks that do not checkpoint). A Mesos agent hands
 * these to its garbage collector, which deletes each gc_delay after it was last modified.
 */
final class LeftoverRuns {
    private LeftoverRuns() {
    }

    /**
     * @param current the recovered agent id, or null when there is none (every earlier agent is gone)
     * @param recovered the executors rebuilt from the checkpoints, done or not: their runs stay theirs
     */
    static List<Path> find(Path workDir, AgentID current, Collection<Executor> recovered) {
        Set<Path> owned = new HashSet<>();
        Set<Path> logs = new HashSet<>();
        for (Executor executor : recovered) {
            owned.add(executor.directory());
            owned.add(workDir.resolve("meta").resolve(workDir.relativize(executor.directory())));
            for (TaskRecord task : executor.tasks()) {
                if (task.log() != null) {
                    logs.add(task.log().file());
                }
            }
        }
        List<Path> leftovers = new ArrayList<>();
        String id = current == null ? null : current.getValue();
        for (Path root : List.of(workDir.resolve("slaves"), workDir.resolve("meta").resolve("slaves"))) {
            for (Path agent : directories(root)) {
                if (!agent.getFileName().toString().equals(id)) {
                    leftovers.add(agent);
                    continue;
                }
                for (Path run : runs(agent)) {
                    // An older run can still hold the update log of a task whose last update waits for its ack.
                    if (!owned.contains(run) && logs.stream().noneMatch(log -> log.startsWith(run))) {
                        leftovers.add(run);
                    }
                }
            }
        }
        return leftovers;
    }

    /** frameworks/*&#47;executors/*&#47;runs/* below an agent's directory. */
    private static List<Path> runs(Path agent) {
        List<Path> runs = new ArrayList<>();
        for (Path framework : directories(agent.resolve("frameworks"))) {
            for (Path executor : directories(framework.resolve("executors"))) {
                runs.addAll(directories(executor.resolve("runs")));
            }
        }
        return runs;
    }

    /** Real sub-directories; the "latest" links and the temporary ones beside them are skipped. */
    private static List<Path> directories(Path parent) {
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of(); // unreadable: nothing there can be collected either
        }
    }
}
