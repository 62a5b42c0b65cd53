package io.osmos.agent.view;

import io.osmos.agent.AgentHistory;
import io.osmos.agent.AgentView;
import io.osmos.agent.executor.Executor;
import io.osmos.agent.executor.TaskRecord;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The tasks of one running executor sorted the way Mesos shows them: launched (handed to the
 * executor), queued (waiting for a framework's executor to subscribe), terminated (ended, some update
 * still unacknowledged) and completed (ended and acknowledged).
 */
record ExecutorTasks(List<Task> launched, List<Task> queued, List<Task> terminated, List<Task> completed,
        Resources resources) {

    static ExecutorTasks of(Executor executor, AgentView view) {
        AgentID agentId = view.id().orElse(null);
        List<Task> launched = new ArrayList<>();
        List<Task> queued = new ArrayList<>();
        List<Task> terminated = new ArrayList<>();
        Resources resources = executor.kind() == Executor.Kind.COMMAND ? Resources.EMPTY
                : ResourcesJson.of(executor.info().getResourcesList());
        for (TaskRecord task : executor.tasks()) {
            Task model = AgentHistory.model(task, agentId);
            if (task.isTerminal()) {
                terminated.add(model);
                continue;
            }
            resources = resources.plus(ResourcesJson.of(task.info().getResourcesList()));
            if (executor.kind() == Executor.Kind.CUSTOM && !task.isLaunched()) {
                queued.add(model);
            } else {
                launched.add(model);
            }
        }
        return new ExecutorTasks(launched, queued, terminated, view.history().completedTasks(executor), resources);
    }
}
