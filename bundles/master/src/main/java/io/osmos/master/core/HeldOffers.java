package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.HashMap;
import java.util.Map;

/**
 * Resources of accepted offers while the ACCEPT waits for hooks: no longer offers, not yet tasks,
 * still allocated to the framework. A swapped-in allocator must count them. Actor-confined.
 */
final class HeldOffers {
    private final Map<FrameworkID, Map<AgentID, Resources>> held = new HashMap<>();

    void hold(FrameworkID framework, AgentID agent, Resources resources) {
        held.computeIfAbsent(framework, f -> new HashMap<>()).merge(agent, resources, Resources::plus);
    }

    void release(FrameworkID framework, AgentID agent, Resources resources) {
        Map<AgentID, Resources> byAgent = held.get(framework);
        if (byAgent == null) {
            return;
        }
        byAgent.computeIfPresent(agent, (a, r) -> {
            Resources rest = r.minus(resources);
            return rest.isEmpty() ? null : rest;
        });
        if (byAgent.isEmpty()) {
            held.remove(framework);
        }
    }

    Map<FrameworkID, Map<AgentID, Resources>> all() {
        return held;
    }
}
