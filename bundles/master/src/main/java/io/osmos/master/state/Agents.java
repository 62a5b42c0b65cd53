package io.osmos.master.state;

import io.osmos.protocol.v1.Protos.AgentID;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Agents the master has admitted, connected or not. */
public final class Agents {
    private final Map<AgentID, AgentEntry> byId = new LinkedHashMap<>();

    public void add(AgentEntry agent) {
        byId.put(agent.id(), agent);
    }

    /** The agent, or null when it is unknown or was removed. */
    public AgentEntry get(AgentID id) {
        return byId.get(id);
    }

    public void remove(AgentEntry agent) {
        byId.remove(agent.id(), agent);
    }

    public Collection<AgentEntry> all() {
        return Collections.unmodifiableCollection(byId.values());
    }
}
