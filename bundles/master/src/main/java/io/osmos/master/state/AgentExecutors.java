package io.osmos.master.state;

import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The custom executors running on one agent, per framework. Actor-confined. */
public final class AgentExecutors {
    private final Map<FrameworkID, Map<ExecutorID, ExecutorInfo>> byFramework = new LinkedHashMap<>();
    private final Runnable changed;

    /** @param changed told after every add or remove, since executors hold resources */
    public AgentExecutors(Runnable changed) {
        this.changed = changed;
    }

    /** The framework's executor with this id, or null. */
    public ExecutorInfo get(FrameworkID frameworkId, ExecutorID executorId) {
        Map<ExecutorID, ExecutorInfo> ofFramework = byFramework.get(frameworkId);
        return ofFramework == null ? null : ofFramework.get(executorId);
    }

    public void add(FrameworkID frameworkId, ExecutorInfo executor) {
        byFramework.computeIfAbsent(frameworkId, f -> new LinkedHashMap<>()).put(executor.getExecutorId(), executor);
        changed.run();
    }

    /** Removes and returns the executor, or null when it was not known. */
    public ExecutorInfo remove(FrameworkID frameworkId, ExecutorID executorId) {
        Map<ExecutorID, ExecutorInfo> ofFramework = byFramework.get(frameworkId);
        ExecutorInfo removed = ofFramework == null ? null : ofFramework.remove(executorId);
        if (ofFramework != null && ofFramework.isEmpty()) {
            byFramework.remove(frameworkId);
        }
        changed.run();
        return removed;
    }

    /** Removes and returns all executors of a framework. */
    public List<ExecutorInfo> removeAll(FrameworkID frameworkId) {
        Map<ExecutorID, ExecutorInfo> removed = byFramework.remove(frameworkId);
        changed.run();
        return removed == null ? List.of() : List.copyOf(removed.values());
    }

    /** Executors of one framework, or of all frameworks when the id is null. */
    public List<ExecutorInfo> of(FrameworkID frameworkId) {
        List<ExecutorInfo> all = new ArrayList<>();
        byFramework.forEach((owner, byId) -> {
            if (frameworkId == null || owner.equals(frameworkId)) {
                all.addAll(byId.values());
            }
        });
        return all;
    }

    public Set<FrameworkID> frameworkIds() {
        return Collections.unmodifiableSet(byFramework.keySet());
    }
}
