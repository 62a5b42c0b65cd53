package io.osmos.master.state;

import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.EventStream;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;

/**
 * A framework as the master knows it: its info, its subscription stream, its tasks and offers.
 * Touched only on the master's actor.
 */
public final class FrameworkEntry {
    // Mesos keeps this many finished tasks per framework for the operator to look at.
    private static final int MAX_COMPLETED_TASKS = 1000;

    private final FrameworkID id;
    private FrameworkInfo info;
    private final Set<String> suppressedRoles = new TreeSet<>();
    private final Map<TaskID, TaskEntry> tasks = new LinkedHashMap<>();
    private final Deque<Task> completedTasks = new ArrayDeque<>();
    private final Set<OfferID> offers = new LinkedHashSet<>();
    private final long registeredMillis;
    private long reregisteredMillis;
    private long unregisteredMillis;
    private EventStream stream;
    private String streamId;
    private boolean active;
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> failover;

    public FrameworkEntry(FrameworkID id, FrameworkInfo info, long nowMillis) {
        this.id = id;
        this.info = info.toBuilder().setId(id).build();
        this.registeredMillis = nowMillis;
    }

    public FrameworkID id() {
        return id;
    }

    public FrameworkInfo info() {
        return info;
    }

    public void info(FrameworkInfo next) {
        info = next.toBuilder().setId(id).build();
    }

    /** The roles the framework subscribes to: {@code roles} when MULTI_ROLE, else the single {@code role}. */
    public Set<String> roles() {
        return FrameworkRoles.of(info);
    }

    public boolean hasCapability(Capability.Type type) {
        return info.getCapabilitiesList().stream().anyMatch(c -> c.getType() == type);
    }

    public boolean partitionAware() {
        return hasCapability(Capability.Type.PARTITION_AWARE);
    }

    public Set<String> suppressedRoles() {
        return suppressedRoles;
    }

    /** True while the subscription stream is open. */
    public boolean connected() {
        return stream != null && stream.isOpen();
    }

    public boolean active() {
        return active;
    }

    public void active(boolean value) {
        active = value;
    }

    public EventStream stream() {
        return stream;
    }

    public String streamId() {
        return streamId;
    }

    /** Takes a new subscription stream; a reattachment counts as a reregistration. */
    public void attach(EventStream next, String nextStreamId, long nowMillis) {
        if (stream != null || unregisteredMillis != 0) {
            reregisteredMillis = nowMillis;
        }
        stream = next;
        streamId = nextStreamId;
        unregisteredMillis = 0;
    }

    public void detach(long nowMillis) {
        stream = null;
        streamId = null;
        unregisteredMillis = nowMillis;
        heartbeat(null);
    }

    /** Sends an event on the subscription stream; false when the framework is not connected. */
    public boolean send(Event event) {
        EventStream current = stream;
        return current != null && current.send(event);
    }

    public TaskEntry task(TaskID taskId) {
        return tasks.get(taskId);
    }

    public boolean hasTask(TaskID taskId) {
        return tasks.containsKey(taskId);
    }

    public Collection<TaskEntry> tasks() {
        return tasks.values();
    }

    public void addTask(TaskEntry task) {
        tasks.put(task.id(), task);
    }

    /** Moves a task to the completed list. */
    public void completeTask(TaskEntry task) {
        if (tasks.remove(task.id()) != null) {
            if (completedTasks.size() >= MAX_COMPLETED_TASKS) {
                completedTasks.removeFirst();
            }
            completedTasks.addLast(task.task());
        }
    }

    public List<Task> completedTasks() {
        return List.copyOf(completedTasks);
    }

    public Set<OfferID> offers() {
        return offers;
    }

    public long registeredMillis() {
        return registeredMillis;
    }

    public long reregisteredMillis() {
        return reregisteredMillis;
    }

    public long unregisteredMillis() {
        return unregisteredMillis;
    }

    public void heartbeat(ScheduledFuture<?> timer) {
        cancel(heartbeat);
        heartbeat = timer;
    }

    public void failover(ScheduledFuture<?> timer) {
        cancel(failover);
        failover = timer;
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
