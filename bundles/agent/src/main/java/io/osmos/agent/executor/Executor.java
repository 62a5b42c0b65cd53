package io.osmos.agent.executor;

import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.runtime.http.EventStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * One executor on this agent and its tasks: the agent's command executor for a command task, a
 * framework's own (custom) executor, or the built-in default executor of a task group. Touched only
 * from the agent's actor.
 */
public final class Executor {
    public enum Kind {
        /** The agent runs one command task in one container, as the Mesos command executor does. */
        COMMAND,
        /** A framework-supplied executor process that talks to the agent's executor API. */
        CUSTOM,
        /** The agent runs a task group, each task in a nested container, as the Mesos default executor. */
        DEFAULT
    }

    /** REGISTERING: launched and not yet subscribed (custom executors only). */
    public enum State { REGISTERING, RUNNING, TERMINATING, TERMINATED }

    final FrameworkInfo framework;
    final ExecutorInfo info;
    final Kind kind;
    final ContainerID containerId;
    final Path directory;
    final Map<TaskID, TaskRecord> tasks = new LinkedHashMap<>();
    State state = State.REGISTERING;
    /** The framework is gone: nothing more is reported. */
    boolean silent;
    /** The supervisor's pid once the container runs, kept for status updates after it ended. */
    long pid;
    /** The executor process's wait status, when known, for EXITED_EXECUTOR. */
    Integer exitStatus;
    /** Why its remaining tasks end with it, when it was not simply its process exiting. */
    TaskStatus.Reason endReason = TaskStatus.Reason.REASON_EXECUTOR_TERMINATED;
    String endMessage = "Executor terminated";
    /** A limit was hit: its tasks failed rather than got lost. */
    boolean limited;
    EventStream subscription;
    ScheduledFuture<?> timer;

    Executor(FrameworkInfo framework, ExecutorInfo info, Kind kind, ContainerID containerId, Path directory) {
        this.framework = framework;
        this.info = info;
        this.kind = kind;
        this.containerId = containerId;
        this.directory = directory;
    }

    public FrameworkID frameworkId() {
        return framework.getId();
    }

    public FrameworkInfo framework() {
        return framework;
    }

    public ExecutorID id() {
        return info.getExecutorId();
    }

    public ExecutorInfo info() {
        return info;
    }

    public Kind kind() {
        return kind;
    }

    public ContainerID containerId() {
        return containerId;
    }

    /** The executor's sandbox. */
    public Path directory() {
        return directory;
    }

    public State state() {
        return state;
    }

    /** True once the executor's framework is gone: nothing more of it is reported. */
    public boolean isSilent() {
        return silent;
    }

    public boolean checkpoint() {
        return framework.getCheckpoint();
    }

    /** The containers the executor's work runs in: its own, or its tasks' nested ones. */
    public List<ContainerID> containers() {
        if (kind != Kind.DEFAULT) {
            return List.of(containerId);
        }
        List<ContainerID> nested = new ArrayList<>();
        tasks.values().forEach(t -> t.containerId().ifPresent(nested::add));
        return nested;
    }

    public List<TaskRecord> tasks() {
        return new ArrayList<>(tasks.values());
    }

    public Optional<TaskRecord> task(TaskID id) {
        return Optional.ofNullable(tasks.get(id));
    }

    TaskRecord add(TaskRecord task) {
        tasks.put(task.info().getTaskId(), task);
        return task;
    }

    void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
