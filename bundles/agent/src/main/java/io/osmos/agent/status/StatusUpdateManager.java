package io.osmos.agent.status;

import com.google.protobuf.ByteString;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Delivers status updates reliably: one {@link StatusUpdateStream} per task, the head of each resent
 * until acknowledged, first after the minimum interval and then doubling up to the maximum. While
 * paused (no master) nothing is sent; resuming sends every head at once. Not thread-safe: the agent
 * calls it only from its actor, whose timers it uses.
 */
public final class StatusUpdateManager {
    private record Key(FrameworkID frameworkId, TaskID taskId) {
    }

    private static final class Entry {
        final StatusUpdateStream stream;
        Duration interval;
        Runnable retry; // cancels the pending resend

        Entry(StatusUpdateStream stream, Duration interval) {
            this.stream = stream;
            this.interval = interval;
        }

        void cancelRetry() {
            if (retry != null) {
                retry.run();
                retry = null;
            }
        }
    }

    private final Timers timers;
    private final Duration minInterval;
    private final Duration maxInterval;
    private final Consumer<AgentCall.StatusUpdate> forwarder;
    private final Map<Key, Entry> streams = new LinkedHashMap<>();
    private boolean paused = true;

    /** @param forwarder sends one STATUS_UPDATE call to the master; failures are covered by the retries */
    public StatusUpdateManager(Timers timers, Duration minInterval, Duration maxInterval,
            Consumer<AgentCall.StatusUpdate> forwarder) {
        this.timers = timers;
        this.minInterval = minInterval;
        this.maxInterval = maxInterval;
        this.forwarder = forwarder;
    }

    /** Queues an update of a task and sends it when it is the task's oldest unacknowledged one. */
    public void update(FrameworkID frameworkId, TaskStatus status) {
        Key key = new Key(frameworkId, status.getTaskId());
        Entry entry = streams.computeIfAbsent(key,
                k -> new Entry(new StatusUpdateStream(frameworkId, status.getTaskId()), minInterval));
        if (entry.stream.add(status) == StatusUpdateStream.Added.HEAD && !paused) {
            send(key, entry);
        }
    }

    /**
     * Matches an acknowledgement with the update in flight and sends the task's next update.
     *
     * @return false when it matches nothing in flight (unknown task, old or repeated uuid): ignored
     */
    public boolean acknowledge(FrameworkID frameworkId, TaskID taskId, ByteString uuid) {
        Key key = new Key(frameworkId, taskId);
        Entry entry = streams.get(key);
        if (entry == null || !entry.stream.acknowledge(uuid)) {
            return false;
        }
        entry.cancelRetry();
        entry.interval = minInterval;
        if (entry.stream.isEmpty()) {
            if (entry.stream.isTerminated()) {
                streams.remove(key);
            }
        } else if (!paused) {
            send(key, entry);
        }
        return true;
    }

    /** Stops sending, e.g. when the connection to the master is lost. */
    public void pause() {
        paused = true;
        streams.values().forEach(Entry::cancelRetry);
    }

    /** Sends the update in flight of every task now, and resumes retrying. */
    public void resume() {
        paused = false;
        streams.forEach((key, entry) -> {
            entry.interval = minInterval;
            if (!entry.stream.isEmpty()) {
                send(key, entry);
            }
        });
    }

    /** Forgets every update of a framework that is gone; they will never be acknowledged. */
    public void removeFramework(FrameworkID frameworkId) {
        streams.entrySet().removeIf(e -> {
            if (e.getKey().frameworkId().equals(frameworkId)) {
                e.getValue().cancelRetry();
                return true;
            }
            return false;
        });
    }

    /** The update of a task waiting for acknowledgement, if any. */
    public Optional<TaskStatus> unacknowledged(FrameworkID frameworkId, TaskID taskId) {
        Entry entry = streams.get(new Key(frameworkId, taskId));
        return entry == null ? Optional.empty() : entry.stream.head();
    }

    /** True while the task has updates that were not acknowledged. */
    public boolean hasPending(FrameworkID frameworkId, TaskID taskId) {
        return unacknowledged(frameworkId, taskId).isPresent();
    }

    private void send(Key key, Entry entry) {
        entry.cancelRetry();
        TaskStatus head = entry.stream.head().orElseThrow();
        forwarder.accept(AgentCall.StatusUpdate.newBuilder().setFrameworkId(key.frameworkId()).setStatus(head)
                .setLatestState(entry.stream.latestState()).build());
        entry.retry = timers.schedule(entry.interval, () -> retry(key, entry, head.getUuid()));
    }

    private void retry(Key key, Entry entry, ByteString uuid) {
        boolean stillInFlight = streams.get(key) == entry
                && entry.stream.head().map(h -> h.getUuid().equals(uuid)).orElse(false);
        if (paused || !stillInFlight) {
            return;
        }
        Duration doubled = entry.interval.multipliedBy(2);
        entry.interval = doubled.compareTo(maxInterval) > 0 ? maxInterval : doubled;
        send(key, entry);
    }
}
