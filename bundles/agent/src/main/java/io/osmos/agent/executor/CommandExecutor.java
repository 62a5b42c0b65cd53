package io.osmos.agent.executor;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.runtime.actor.Actor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs command tasks, doing for every one what the Mesos command executor does for its task: reports
 * TASK_STARTING, starts the process, reports TASK_RUNNING, and a terminal state when it ends; kills
 * with SIGTERM and, after the grace period, SIGKILL, to the task's whole process group. Runs on the
 * agent's actor; process exits are observed with {@link Process#onExit} and handled there too.
 */
public final class CommandExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(CommandExecutor.class);

    private final Actor actor;
    private final Path workDir;
    private final Duration defaultKillGrace;
    private final BiConsumer<FrameworkID, TaskStatus> updates;
    private final Map<TaskKey, CommandTask> tasks = new LinkedHashMap<>();

    /** @param updates receives every status update, in order, on the actor */
    public CommandExecutor(Actor actor, Path workDir, Duration defaultKillGrace,
            BiConsumer<FrameworkID, TaskStatus> updates) {
        this.actor = actor;
        this.workDir = workDir;
        this.defaultKillGrace = defaultKillGrace;
        this.updates = updates;
    }

    /** Launches a command task; a task id the framework already runs here is ignored. */
    public void launch(AgentID agentId, FrameworkInfo framework, TaskInfo taskInfo) {
        ContainerID containerId = ContainerID.newBuilder().setValue(UUID.randomUUID().toString()).build();
        CommandTask task = new CommandTask(agentId, framework, taskInfo, containerId);
        if (tasks.putIfAbsent(task.key(), task) != null) {
            LOG.warn("Ignoring task {} of framework {}: it is already known", taskInfo.getTaskId().getValue(),
                    framework.getId().getValue());
            return;
        }
        report(task, TaskState.TASK_STARTING, null);
        try {
            Sandbox sandbox = Sandbox.create(workDir, agentId, framework.getId(), task.executorId(), containerId);
            task.sandbox(sandbox);
            Process process = CommandLauncher.launch(taskInfo.getCommand(), sandbox,
                    CommandLauncher.mesosEnvironment(task, sandbox));
            task.started(process);
            LOG.info("Started task {} of framework {} as pid {} in {}", taskInfo.getTaskId().getValue(),
                    framework.getId().getValue(), process.pid(), sandbox.directory());
            report(task, TaskState.TASK_RUNNING, null);
            process.onExit().thenRunAsync(() -> exited(task), actor);
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            report(task, TaskState.TASK_FAILED, "Failed to launch the command: " + e.getMessage(),
                    TaskStatus.Reason.REASON_CONTAINER_LAUNCH_FAILED);
        }
    }

    /**
     * Kills a task: SIGTERM now, SIGKILL once the grace period of the override, else the task's kill
     * policy, else the default has passed. Frameworks that accept it get TASK_KILLING first.
     *
     * @return false when no such task runs here
     */
    public boolean kill(TaskKey key, Optional<KillPolicy> override) {
        CommandTask task = tasks.get(key);
        if (task == null) {
            return false;
        }
        Duration grace = Kills.gracePeriod(override, task.taskInfo(), defaultKillGrace);
        terminate(task, grace, Kills.acceptsKilling(task.framework()));
        return true;
    }

    /** Kills every task of a framework that is gone; their ends are not reported, as no one listens. */
    public void shutdownFramework(FrameworkID frameworkId, Duration grace) {
        for (CommandTask task : List.copyOf(tasks.values())) {
            if (task.key().frameworkId().equals(frameworkId)) {
                task.silence();
                if (task.isTerminal() || task.rawProcess() == null) {
                    tasks.remove(task.key());
                } else {
                    terminate(task, grace, false);
                }
            }
        }
    }

    /** Kills every task, reporting each end, e.g. when the master shuts the agent down. */
    public void shutdownAll(Duration grace) {
        List.copyOf(tasks.values()).forEach(task -> terminate(task, grace, false));
    }

    /** SIGKILLs every task's process group at once, when the agent itself goes away. */
    public void destroyAll() {
        for (CommandTask task : tasks.values()) {
            task.cancelEscalation();
            task.process().filter(ProcessHandle::isAlive).ifPresent(p ->
                    ProcessGroups.signal(p.pid(), ProcessGroups.Signal.KILL));
        }
    }

    public Collection<CommandTask> tasks() {
        return new ArrayList<>(tasks.values());
    }

    /** Drops a terminal task whose updates were all acknowledged. */
    public void forget(TaskKey key) {
        CommandTask task = tasks.get(key);
        if (task != null && task.isTerminal()) {
            tasks.remove(key);
        }
    }

    private void terminate(CommandTask task, Duration grace, boolean reportKilling) {
        if (task.isTerminal() || task.isKilling() || task.rawProcess() == null) {
            return;
        }
        task.killing();
        if (reportKilling) {
            report(task, TaskState.TASK_KILLING, null);
        }
        LOG.info("Killing task {} of framework {} (process group {}), grace period {} ms",
                task.key().taskId().getValue(), task.key().frameworkId().getValue(), task.rawProcess().pid(),
                grace.toMillis());
        task.escalation(Kills.terminate(actor, task.rawProcess(), grace));
    }

    private void exited(CommandTask task) {
        task.cancelEscalation();
        Process process = task.rawProcess();
        // The leader is gone; whatever else it left in its session goes too, as when Mesos destroys a container.
        ProcessGroups.signal(process.pid(), ProcessGroups.Signal.KILL);
        int exit = process.exitValue();
        LOG.info("Task {} of framework {} ended: {}", task.key().taskId().getValue(),
                task.key().frameworkId().getValue(), Termination.describe(exit));
        if (task.isSilent()) {
            tasks.remove(task.key());
            return;
        }
        TaskState state = task.isKilling() ? TaskState.TASK_KILLED
                : exit == 0 ? TaskState.TASK_FINISHED : TaskState.TASK_FAILED;
        report(task, state, Termination.describe(exit));
    }

    private void report(CommandTask task, TaskState state, String message) {
        report(task, state, message, null);
    }

    private void report(CommandTask task, TaskState state, String message, TaskStatus.Reason reason) {
        TaskStatus status = task.newStatus(state, message, reason);
        if (!task.isSilent()) {
            updates.accept(task.key().frameworkId(), status);
        }
    }
}
