package io.osmos.master.core;

import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.Agents;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.master.state.RoleConfig;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.MasterInfo;
import io.osmos.protocol.v1.Protos.Operation;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Read access to the master's state for views. Valid only inside {@link Master#read}, on the actor. */
public final class MasterView {
    private final Master master;

    MasterView(Master master) {
        this.master = master;
    }

    public MasterInfo info() {
        return master.info;
    }

    public MasterSettings settings() {
        return master.settings();
    }

    public long startMillis() {
        return master.startMillis;
    }

    public Collection<FrameworkEntry> frameworks() {
        return master.frameworks.all();
    }

    public List<FrameworkEntry> completedFrameworks() {
        return master.frameworks.completed();
    }

    public Collection<AgentEntry> agents() {
        return master.agents.all();
    }

    public Map<AgentID, Agents.Unreachable> unreachableAgents() {
        return master.agents.unreachableAgents();
    }

    public Map<AgentID, Long> goneAgents() {
        return master.agents.goneAgents();
    }

    public Collection<OfferEntry> offers() {
        return master.offers.all();
    }

    public List<Operation> operations() {
        return master.operations.all();
    }

    public RoleConfig roles() {
        return master.roles;
    }

    public Counters counters() {
        return master.counters;
    }

    /** The process's effective flags as strings (PID io.osmos.flags); empty outside a launched process. */
    public Map<String, String> flags() {
        return master.flags.get();
    }

    /** Mesos's glog verbosity level, raised by SET_LOGGING_LEVEL. */
    public int loggingLevel() {
        return master.verbosity.level();
    }

    /** The allocator in use, or null. */
    public String allocatorName() {
        return master.allocator.name();
    }

    public long allocatorFailures() {
        return master.allocator.failures();
    }

    public long hookFailures() {
        return master.hooks.failures();
    }

    public Map<String, Long> hookFailuresByHook() {
        return master.hooks.failuresByHook();
    }

    public int operatorSubscribers() {
        return master.operatorStreams.size();
    }
}
