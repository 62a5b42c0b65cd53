package io.osmos.master.support;

import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the {@link FakeAllocator} knows and its whole policy: each active agent's free resources, whole,
 * to the first framework (in subscription order) that is active, not suppressed and not filtered for it.
 */
final class FakeBooks {
    final Map<FrameworkID, String> frameworks = new LinkedHashMap<>();
    final Set<FrameworkID> inactive = new HashSet<>();
    final Set<FrameworkID> suppressed = new HashSet<>();
    final Map<AgentID, Resources> totals = new LinkedHashMap<>();
    final Set<AgentID> deactivated = new HashSet<>();
    final Set<String> filtered = new HashSet<>();
    private final Map<AgentID, Resources> taken = new HashMap<>();

    void addAgent(AgentID agent, Resources total) {
        totals.put(agent, total);
        taken.put(agent, Resources.EMPTY);
        deactivated.remove(agent);
    }

    void removeAgent(AgentID agent) {
        totals.remove(agent);
        taken.remove(agent);
    }

    void take(AgentID agent, Resources resources) {
        taken.merge(agent, resources.unallocated(), Resources::plus);
    }

    void giveBack(AgentID agent, Resources resources) {
        if (taken.containsKey(agent)) {
            taken.put(agent, taken.get(agent).minus(resources.unallocated()));
        }
    }

    static String filter(FrameworkID framework, AgentID agent) {
        return framework.getValue() + "@" + agent.getValue();
    }

    /** Offers what is free through the callback; {@code offered} hears "framework agent" first. */
    void allocate(OfferCallback callback, Consumer<String> offered) {
        for (Map.Entry<AgentID, Resources> agent : totals.entrySet()) {
            Resources free = agent.getValue().minus(taken.getOrDefault(agent.getKey(), Resources.EMPTY));
            if (free.isEmpty() || deactivated.contains(agent.getKey())) {
                continue;
            }
            for (Map.Entry<FrameworkID, String> framework : frameworks.entrySet()) {
                FrameworkID id = framework.getKey();
                if (!inactive.contains(id) && !suppressed.contains(id)
                        && !filtered.contains(filter(id, agent.getKey()))) {
                    take(agent.getKey(), free);
                    String role = framework.getValue();
                    offered.accept(id.getValue() + " " + agent.getKey().getValue());
                    callback.offers(id, Map.of(role, Map.of(agent.getKey(), free.allocate(role))));
                    break;
                }
            }
        }
    }
}
