package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The offers one allocation run makes: per framework (in the order they were first offered), per
 * role, per agent (in no particular order: a run's ten thousand agents are a hash map's, not a linked
 * one's).
 */
final class Offers {
    private final Map<FrameworkID, Map<String, Map<AgentID, Resources>>> byFramework = new LinkedHashMap<>();
    private int count;

    void add(FrameworkID frameworkId, String role, AgentID agentId, Resources allocated) {
        byFramework.computeIfAbsent(frameworkId, id -> new LinkedHashMap<>())
                .computeIfAbsent(role, r -> new HashMap<>())
                .merge(agentId, allocated, Resources::plus);
        count++;
    }

    boolean isEmpty() {
        return byFramework.isEmpty();
    }

    /** How many (framework, role, agent) allocations were made. */
    int count() {
        return count;
    }

    void forEach(BiConsumer<FrameworkID, Map<String, Map<AgentID, Resources>>> action) {
        byFramework.forEach(action);
    }
}
