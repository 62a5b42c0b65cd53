package io.osmos.allocator.random;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agents with something available, which are the only ones an allocation run needs to visit. An
 * agent is looked at again only after it changed: with {@code refuse_seconds: 0} every ACCEPT asks for
 * a run, and on a cluster of 10,000 agents, nearly all of them fully offered or used, shuffling and
 * checking every agent on each run was most of the allocator's work. Touched only on the allocator's
 * actor; the order is the order agents became free, so a seeded run is reproducible.
 */
final class FreeAgents {
    private final Map<Agent, Boolean> changed = new LinkedHashMap<>();
    private final Set<Agent> free = new LinkedHashSet<>();

    /** The agent's total or holdings changed, or it is new: look at it again before the next run. */
    void changed(Agent agent) {
        changed.put(agent, Boolean.TRUE);
    }

    void removed(Agent agent) {
        changed.remove(agent);
        free.remove(agent);
    }

    /** The agents with something available now (active or not), in a fresh list. */
    List<Agent> now() {
        for (Agent agent : changed.keySet()) {
            if (agent.available().isEmpty()) {
                free.remove(agent);
            } else {
                free.add(agent);
            }
        }
        changed.clear();
        return new ArrayList<>(free);
    }
}
