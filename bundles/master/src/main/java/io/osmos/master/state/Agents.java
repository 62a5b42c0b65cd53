package io.osmos.master.state;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Agents the master has admitted, connected or not; those it marked unreachable (which may come
 * back) and those an operator marked gone (which may not).
 */
public final class Agents {
    /**
     * An agent that failed its health checks, as it was when it was marked unreachable.
     *
     * @param deactivated whether an operator had deactivated it, which it still is when it returns
     */
    public record Unreachable(AgentInfo info, long sinceMillis, boolean deactivated) {
    }

    private final Map<AgentID, AgentEntry> byId = new LinkedHashMap<>();
    private final Map<AgentID, Unreachable> unreachable = new LinkedHashMap<>();
    private final Map<AgentID, Long> gone = new LinkedHashMap<>();

    public void add(AgentEntry agent) {
        byId.put(agent.id(), agent);
        unreachable.remove(agent.id());
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

    public void unreachable(AgentInfo info, long sinceMillis, boolean deactivated) {
        unreachable.put(info.getId(), new Unreachable(info, sinceMillis, deactivated));
    }

    /** The agent if it is unreachable now, else null. */
    public Unreachable unreachable(AgentID id) {
        return unreachable.get(id);
    }

    public Map<AgentID, Unreachable> unreachableAgents() {
        return Collections.unmodifiableMap(unreachable);
    }

    public void gone(AgentID id, long sinceMillis) {
        unreachable.remove(id);
        gone.put(id, sinceMillis);
    }

    public boolean isGone(AgentID id) {
        return gone.containsKey(id);
    }

    public Map<AgentID, Long> goneAgents() {
        return Collections.unmodifiableMap(gone);
    }
}
