package io.osmos.master.state;

import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.EventStream;
import java.util.Collection;
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
    private final FrameworkID id;
    private FrameworkInfo info;
    private final Set<String> suppressedRoles = new TreeSet<>();
    // Keyed by the id's text: a String hashes and compares without the message's descriptor and
    // unknown fields, and every update and acknowledgement looks its task up here.
    private final Map<String, TaskEntry> tasks = new LinkedHashMap<>();
    private final TaskHistory history = new TaskHistory();
    private final Set<OfferID> offers = new LinkedHashSet<>();
    private final FrameworkTimes times;
    private Subscriber subscriber;
    private boolean active;
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> failover;

    public FrameworkEntry(FrameworkID id, FrameworkInfo info, long nowMillis) {
        this.id = id;
        this.info = info.toBuilder().setId(id).build();
        this.times = new FrameworkTimes(nowMillis);
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
        return subscriber != null && subscriber.isOpen();
    }

    public boolean active() {
        return active;
    }

    public void active(boolean value) {
        active = value;
    }

    public EventStream stream() {
        return subscriber == null ? null : subscriber.stream();
    }

    public String streamId() {
        return subscriber == null ? null : subscriber.streamId();
    }

    /** Takes a new subscription stream; a reattachment counts as a reregistration. */
    public void attach(Subscriber next, long nowMillis) {
        times.attached(subscriber != null, nowMillis);
        subscriber = next;
    }

    public void detach(long nowMillis) {
        subscriber = null;
        times.detached(nowMillis);
        heartbeat(null);
    }

    /** Sends an event on the subscription stream; false when the framework is not connected. */
    public boolean send(Event event) {
        Subscriber current = subscriber;
        return current != null && current.send(event);
    }

    public TaskEntry task(TaskID taskId) {
        return tasks.get(taskId.getValue());
    }

    public boolean hasTask(TaskID taskId) {
        return tasks.containsKey(taskId.getValue());
    }

    public Collection<TaskEntry> tasks() {
        return tasks.values();
    }

    public void addTask(TaskEntry task) {
        tasks.put(task.id().getValue(), task);
    }

    /** Moves a task to the completed list. */
    public void completeTask(TaskEntry task) {
        if (tasks.remove(task.id().getValue()) != null) {
            history.complete(task.task());
        }
    }

    public List<Task> completedTasks() {
        return history.completed();
    }

    /** Moves a task of an agent that became unreachable aside; it may come back when the agent does. */
    public void unreachableTask(TaskEntry task) {
        if (tasks.remove(task.id().getValue()) != null) {
            history.unreachable(task.task());
        }
    }

    /** Tasks on unreachable agents, as last known. */
    public List<Task> unreachableTasks() {
        return history.unreachable();
    }

    /** A task came back with its agent: it is neither unreachable nor completed any more. */
    public void reachableAgain(TaskID taskId) {
        history.removeUnreachable(taskId);
        history.uncomplete(taskId);
    }

    /** A task of an unreachable agent ends for good (its agent was marked gone); returns it, or null. */
    public Task completeUnreachable(TaskID taskId, Task last) {
        Task known = history.removeUnreachable(taskId);
        if (known != null) {
            history.complete(last);
        }
        return known;
    }

    public Set<OfferID> offers() {
        return offers;
    }

    public FrameworkTimes times() {
        return times;
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
