package io.osmos.master.state;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What each framework's tasks (still holding resources) and executors use on one agent. Summing every
 * task's resources on each read made an allocator swap on a big cluster cost a sum per task; this keeps
 * the sum until the agent's tasks or executors change, or one of its tasks lets go of its resources.
 * Actor-confined, like the agent it belongs to.
 */
final class AgentUsage {
    private final Map<FrameworkID, Map<TaskID, TaskEntry>> tasks;
    private final AgentExecutors executors;
    private final SharedResources shared;
    private Map<FrameworkID, Resources> sum;

    AgentUsage(Map<FrameworkID, Map<TaskID, TaskEntry>> tasks, AgentExecutors executors, SharedResources shared) {
        this.tasks = tasks;
        this.executors = executors;
        this.shared = shared;
    }

    void changed() {
        sum = null;
    }

    /** An unmodifiable map, valid until the next change. */
    Map<FrameworkID, Resources> byFramework() {
        Map<FrameworkID, Resources> current = sum;
        if (current == null) {
            Map<FrameworkID, Resources> used = new HashMap<>();
            tasks.forEach((framework, byId) -> byId.values().forEach(task -> {
                if (task.holdsResources()) {
                    used.merge(framework, task.resources(), Resources::plus);
                }
            }));
            for (FrameworkID framework : executors.frameworkIds()) {
                executors.of(framework).forEach(executor ->
                        used.merge(framework, Resources.of(executor.getResourcesList()), Resources::plus));
            }
            used.values().removeIf(Resources::isEmpty);
            used.replaceAll((framework, resources) -> shared.share(resources));
            current = Collections.unmodifiableMap(used);
            sum = current;
        }
        return current;
    }
}
