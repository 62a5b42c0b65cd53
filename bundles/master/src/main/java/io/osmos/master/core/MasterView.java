package io.osmos.master.core;

import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.protocol.v1.Protos.MasterInfo;
import java.util.Collection;
import java.util.List;

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

    public Collection<OfferEntry> offers() {
        return master.offers.all();
    }

    public Counters counters() {
        return master.counters;
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
}
