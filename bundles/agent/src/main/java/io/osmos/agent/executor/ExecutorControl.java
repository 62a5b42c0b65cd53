package io.osmos.agent.executor;

import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.KillPolicy;
import java.time.Duration;
import java.util.Optional;

/** Kills and shutdowns, sent to whichever kind of executor holds the task; on the agent's actor. */
public final class ExecutorControl {
    private final ExecutorContext context;
    private final CommandTasks command;
    private final CustomExecutors custom;
    private final DefaultExecutors group;

    public ExecutorControl(ExecutorContext context, CommandTasks command, CustomExecutors custom,
            DefaultExecutors group) {
        this.context = context;
        this.command = command;
        this.custom = custom;
        this.group = group;
    }

    /** @return false when no task with this key is on the agent (or it has already ended) */
    public boolean kill(TaskKey key, Optional<KillPolicy> override) {
        Optional<Executor> executor = context.executors().byTask(key);
        if (executor.isEmpty()) {
            return false;
        }
        TaskRecord task = executor.get().tasks.get(key.taskId());
        switch (executor.get().kind()) {
            case COMMAND -> command.kill(executor.get(), task, override);
            case CUSTOM -> custom.kill(executor.get(), task, override);
            case DEFAULT -> group.kill(executor.get(), task, override);
            default -> throw new IllegalStateException("Unknown executor kind");
        }
        return true;
    }

    /** Shuts an executor down, its tasks killed, within its shutdown grace period. */
    public void shutdown(Executor executor) {
        Duration grace = ExecutorEnvironment.shutdownGracePeriod(context.settings(), executor.info());
        switch (executor.kind()) {
            case COMMAND -> command.shutdown(executor, grace);
            case CUSTOM -> custom.shutdown(executor, grace);
            case DEFAULT -> group.shutdown(executor, grace);
            default -> throw new IllegalStateException("Unknown executor kind");
        }
    }

    /** The framework is gone: its executors are shut down and nothing of them is reported any more. */
    public void shutdownFramework(FrameworkID framework) {
        for (Executor executor : context.executors().of(framework)) {
            executor.silent = true;
            if (executor.state == Executor.State.TERMINATED) {
                context.executors().remove(executor);
                context.observer().executorRemoved(executor);
            } else {
                shutdown(executor);
            }
        }
    }

    public void shutdownAll() {
        context.executors().all().stream().filter(e -> e.state != Executor.State.TERMINATED).forEach(this::shutdown);
    }
}
