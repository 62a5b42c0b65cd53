package io.osmos.master.state;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.runtime.http.EventStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An agent as the master knows it: what it offers, its event stream, and the tasks, executors and
 * offers on it. Touched only on the master's actor.
 */
public final class AgentEntry {
    private final AgentID id;
    private AgentInfo info;
    private Resources total;
    private String version;
    private List<AgentInfo.Capability> capabilities;
    private final long registeredMillis;
    private long reregisteredMillis;
    private Subscriber subscriber;
    private boolean active;
    private boolean deactivated;
    private final AgentLiveness liveness = new AgentLiveness();
    private final Map<FrameworkID, Map<TaskID, TaskEntry>> tasks = new LinkedHashMap<>();
    private final AgentExecutors executors = new AgentExecutors(this::usageChanged);
    private final SharedResources shared;
    private final AgentUsage usage;
    private final Set<OfferID> offers = new LinkedHashSet<>();

    /** @param shared where its total and what frameworks use on it find their shared instance */
    public AgentEntry(AgentInfo info, Resources total, String version, List<AgentInfo.Capability> capabilities,
            long nowMillis, SharedResources shared) {
        this.id = info.getId();
        this.info = info;
        this.shared = shared;
        this.usage = new AgentUsage(tasks, executors, shared);
        this.total = shared.share(total);
        this.version = version;
        this.capabilities = List.copyOf(capabilities);
        this.registeredMillis = nowMillis;
    }

    public AgentID id() {
        return id;
    }

    public AgentInfo info() {
        return info;
    }

    public Resources total() {
        return total;
    }

    public String version() {
        return version;
    }

    public List<AgentInfo.Capability> capabilities() {
        return capabilities;
    }

    /** Replaces the total, e.g. after a reservation or volume was made on it. */
    public void total(Resources next) {
        total = shared.share(next);
    }

    /** What a reregistering agent now says about itself. */
    public void update(AgentInfo nextInfo, Resources nextTotal, String nextVersion,
            List<AgentInfo.Capability> nextCapabilities, long nowMillis) {
        info = nextInfo;
        total = shared.share(nextTotal);
        version = nextVersion;
        capabilities = List.copyOf(nextCapabilities);
        reregisteredMillis = nowMillis;
    }

    public long registeredMillis() {
        return registeredMillis;
    }

    public long reregisteredMillis() {
        return reregisteredMillis;
    }

    public boolean connected() {
        return subscriber != null && subscriber.isOpen();
    }

    /** Whether the allocator may offer its resources: connected and not deactivated by an operator. */
    public boolean active() {
        return active;
    }

    public void active(boolean value) {
        active = value;
    }

    /** Whether an operator deactivated it (DEACTIVATE_AGENT); survives reconnections. */
    public boolean deactivated() {
        return deactivated;
    }

    public void deactivated(boolean value) {
        deactivated = value;
    }

    public AgentLiveness liveness() {
        return liveness;
    }

    public EventStream stream() {
        return subscriber == null ? null : subscriber.stream();
    }

    public String streamId() {
        return subscriber == null ? null : subscriber.streamId();
    }

    public void attach(Subscriber next) {
        subscriber = next;
    }

    public void detach() {
        subscriber = null;
    }

    /** Sends an event on the agent's stream; false when the agent is not connected. */
    public boolean send(AgentEvent event) {
        Subscriber current = subscriber;
        return current != null && current.send(event);
    }

    public void addTask(TaskEntry task) {
        tasks.computeIfAbsent(task.frameworkId(), f -> new LinkedHashMap<>()).put(task.id(), task);
        task.onRelease(this::usageChanged);
        usageChanged();
    }

    public void removeTask(TaskEntry task) {
        Map<TaskID, TaskEntry> ofFramework = tasks.get(task.frameworkId());
        if (ofFramework != null && ofFramework.remove(task.id(), task) && ofFramework.isEmpty()) {
            tasks.remove(task.frameworkId());
        }
        usageChanged();
    }

    private void usageChanged() {
        usage.changed();
    }

    public List<TaskEntry> tasks() {
        List<TaskEntry> all = new ArrayList<>();
        tasks.values().forEach(ofFramework -> all.addAll(ofFramework.values()));
        return all;
    }

    /** Frameworks with tasks or executors here. */
    public Set<FrameworkID> frameworkIds() {
        Set<FrameworkID> ids = new LinkedHashSet<>(tasks.keySet());
        ids.addAll(executors.frameworkIds());
        return ids;
    }

    public AgentExecutors executors() {
        return executors;
    }

    public Set<OfferID> offers() {
        return offers;
    }

    /** What each framework's tasks (still holding resources) and executors use here; unmodifiable. */
    public Map<FrameworkID, Resources> allocated() {
        return usage.byFramework();
    }
}
