package io.osmos.agent;

import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.executor.Executor;
import io.osmos.agent.executor.ExecutorHost;
import io.osmos.agent.executor.TaskRecord;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.agent.master.MasterLink;
import io.osmos.agent.status.StatusUpdateManager;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.Optional;
import java.util.function.Consumer;

/** The agent as its executors see it; runs on the agent's actor. */
final class AgentHost implements ExecutorHost {
    private final AgentState state;
    private final AgentSettings settings;
    private final AgentHooks hooks;
    private final StatusUpdateManager updates;
    private final MasterLink link;
    private final AgentMetrics metrics;
    private Consumer<Executor> terminated = e -> { };

    AgentHost(AgentState state, AgentSettings settings, AgentHooks hooks, StatusUpdateManager updates, MasterLink link,
            AgentMetrics metrics) {
        this.state = state;
        this.settings = settings;
        this.hooks = hooks;
        this.updates = updates;
        this.link = link;
        this.metrics = metrics;
    }

    void onTerminated(Consumer<Executor> terminated) {
        this.terminated = terminated;
    }

    @Override
    public AgentID agentId() {
        return state.agentId;
    }

    @Override
    public AgentInfo agentInfo() {
        if (state.info == null) {
            state.info = AgentCalls.agentInfo(settings, state.agentId, hooks);
        } else if (state.agentId != null && !state.agentId.equals(state.info.getId())) {
            state.info = state.info.toBuilder().setId(state.agentId).build();
        }
        return state.info;
    }

    /** Asks the resources and attributes hooks again, as the agent does before it (re)registers. */
    AgentInfo redecorate() {
        state.info = AgentCalls.agentInfo(settings, state.agentId, hooks);
        return state.info;
    }

    @Override
    public void statusUpdate(Executor executor, TaskStatus status) {
        if (executor.isSilent()) {
            return;
        }
        TaskStatus decorated = status.getSource() == TaskStatus.Source.SOURCE_EXECUTOR
                ? hooks.taskStatus(executor.frameworkId(), status) : status;
        Optional<TaskRecord> task = executor.task(status.getTaskId());
        if (task.isPresent() && !task.get().isTerminal()) {
            task.get().latest(decorated);
            if (task.get().isTerminal()) {
                metrics.taskEnded(decorated.getState());
            }
        }
        updates.update(executor.frameworkId(), decorated, task.map(TaskRecord::log).orElse(null));
    }

    @Override
    public void send(AgentCall call) {
        link.send(call);
    }

    @Override
    public void executorTerminated(Executor executor) {
        if (executor.state() != Executor.State.TERMINATED) {
            metrics.executorTerminated();
        }
        terminated.accept(executor);
    }
}
