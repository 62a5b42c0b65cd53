package io.osmos.agent.status;

import com.google.protobuf.ByteString;
import io.osmos.agent.checkpoint.UpdateLog;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers status updates reliably: one {@link StatusUpdateStream} per task, the head of each resent
 * until acknowledged, first after the minimum interval and then doubling up to the maximum. A stream
 * with an {@link UpdateLog} (the task's framework checkpoints) writes every update and acknowledgement
 * to it before acting on it, so a restarted agent resumes where this one stopped. While paused (no
 * master) nothing is sent; resuming sends every head at once. Not thread-safe: the agent calls it only
 * from its actor, whose timers it uses.
 */
public final class StatusUpdateManager {
    private static final Logger LOG = LoggerFactory.getLogger(StatusUpdateManager.class);

    private record Key(FrameworkID frameworkId, TaskID taskId) {
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

    /** Queues an update of a task that is not checkpointed. */
    public void update(FrameworkID frameworkId, TaskStatus status) {
        update(frameworkId, status, null);
    }

    /**
     * Queues an update of a task and sends it when it is the task's oldest unacknowledged one.
     *
     * @param log where the task's stream is checkpointed, or null; only the first update of a task
     *     decides
     */
    public void update(FrameworkID frameworkId, TaskStatus status, UpdateLog log) {
        Key key = new Key(frameworkId, status.getTaskId());
        Entry entry = streams.computeIfAbsent(key,
                k -> new Entry(new StatusUpdateStream(frameworkId, status.getTaskId()), log, minInterval));
        StatusUpdateStream.Added added = entry.stream.add(status);
        if (added == StatusUpdateStream.Added.IGNORED) {
            return;
        }
        checkpoint(entry, l -> l.update(status));
        if (added == StatusUpdateStream.Added.HEAD && !paused) {
            send(key, entry);
        }
    }

    /**
     * Puts back a task's stream read from its checkpoint; it is sent once the agent resumes.
     *
     * @return the stream as replayed, to learn the task's latest state
     */
    public StatusUpdateStream recover(FrameworkID frameworkId, TaskID taskId, UpdateLog log,
            List<UpdateLog.Record> records) {
        StatusUpdateStream stream = StatusUpdateStream.replay(frameworkId, taskId, records);
        if (!(stream.isEmpty() && stream.isTerminated())) {
            streams.put(new Key(frameworkId, taskId), new Entry(stream, log, minInterval));
        }
        return stream;
    }

    /**
     * Matches an acknowledgement with the update in flight and sends the task's next update.
     *
     * @return the acknowledged update; empty when it matches nothing in flight (unknown task, old or
     *     repeated uuid), which is ignored
     */
    public Optional<TaskStatus> acknowledge(FrameworkID frameworkId, TaskID taskId, ByteString uuid) {
        Key key = new Key(frameworkId, taskId);
        Entry entry = streams.get(key);
        Optional<TaskStatus> head = entry == null ? Optional.empty() : entry.stream.head();
        if (head.isEmpty() || !entry.stream.acknowledge(uuid)) {
            return Optional.empty();
        }
        checkpoint(entry, l -> l.acknowledge(uuid));
        entry.cancelRetry();
        entry.interval = minInterval;
        if (entry.stream.isEmpty()) {
            if (entry.stream.isTerminated()) {
                streams.remove(key);
            }
        } else if (!paused) {
            send(key, entry);
        }
        return head;
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

    // As in Mesos a checkpoint that cannot be written is reported; the update still goes out, and is
    // lost only if the agent restarts before it is acknowledged.
    private static void checkpoint(Entry entry, Entry.Write write) {
        if (entry.log == null) {
            return;
        }
        try {
            write.to(entry.log);
        } catch (IOException | RuntimeException e) {
            LOG.error("Failed to checkpoint a status update of task {} to {}: {}", entry.stream.taskId().getValue(),
                    entry.log.file(), e.toString());
        }
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
