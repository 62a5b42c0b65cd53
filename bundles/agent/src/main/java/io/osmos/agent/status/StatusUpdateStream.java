package io.osmos.agent.status;

import com.google.protobuf.ByteString;
import io.osmos.agent.checkpoint.UpdateLog;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The status updates of one task, in order, waiting for acknowledgement: only the head is in flight,
 * the next one goes out once the head is acknowledged. Plain data and no timers or I/O, so that it
 * can be written to and read back from a checkpoint.
 */
public final class StatusUpdateStream {
    private final FrameworkID frameworkId;
    private final TaskID taskId;
    private final Deque<TaskStatus> pending = new ArrayDeque<>();
    // uuids ever seen on this stream, so a resent or repeated update is not queued twice
    private final Set<ByteString> received = new HashSet<>();
    private TaskStatus latest;
    private boolean terminated;

    public StatusUpdateStream(FrameworkID frameworkId, TaskID taskId) {
        this.frameworkId = frameworkId;
        this.taskId = taskId;
    }

    public enum Added { HEAD, QUEUED, IGNORED }

    /**
     * Queues an update. Updates after a terminal one, and duplicates, are ignored.
     *
     * @return HEAD when it is now the update in flight and must be sent, QUEUED when it waits behind
     *     others, IGNORED when dropped
     * @throws IllegalArgumentException when the update has no uuid or belongs to another task
     */
    public Added add(TaskStatus update) {
        if (!update.hasUuid() || update.getUuid().isEmpty()) {
            throw new IllegalArgumentException("Status update for task " + taskId.getValue() + " has no uuid");
        }
        if (!update.getTaskId().equals(taskId)) {
            throw new IllegalArgumentException("Status update for task " + update.getTaskId().getValue()
                    + " added to the stream of task " + taskId.getValue());
        }
        if (terminated || !received.add(update.getUuid())) {
            return Added.IGNORED;
        }
        pending.addLast(update);
        latest = update;
        terminated = TaskStates.isTerminal(update.getState());
        return pending.size() == 1 ? Added.HEAD : Added.QUEUED;
    }

    /**
     * Removes the head when the uuid is its uuid.
     *
     * @return false for any other uuid (an old or unknown acknowledgement), which changes nothing
     */
    public boolean acknowledge(ByteString uuid) {
        TaskStatus head = pending.peekFirst();
        if (head == null || !head.getUuid().equals(uuid)) {
            return false;
        }
        pending.removeFirst();
        return true;
    }

    /** The update in flight. */
    public Optional<TaskStatus> head() {
        return Optional.ofNullable(pending.peekFirst());
    }

    /** Every unacknowledged update, oldest first. */
    public List<TaskStatus> pending() {
        return List.copyOf(pending);
    }

    /** The state of the newest update, which may be ahead of the head's. */
    public TaskState latestState() {
        return latest == null ? null : latest.getState();
    }

    /** The newest update, acknowledged or not; empty before the first. */
    public Optional<TaskStatus> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * Rebuilds a stream from its checkpointed records, in order. An acknowledgement that matches no
     * head is dropped, as it was when it first arrived.
     */
    public static StatusUpdateStream replay(FrameworkID frameworkId, TaskID taskId, List<UpdateLog.Record> records) {
        StatusUpdateStream stream = new StatusUpdateStream(frameworkId, taskId);
        for (UpdateLog.Record record : records) {
            if (record instanceof UpdateLog.Update update) {
                stream.add(update.status());
            } else if (record instanceof UpdateLog.Ack ack) {
                stream.acknowledge(ack.uuid());
            }
        }
        return stream;
    }

    /** True once a terminal update was added: nothing more will be. */
    public boolean isTerminated() {
        return terminated;
    }

    /** True when nothing is left to deliver. */
    public boolean isEmpty() {
        return pending.isEmpty();
    }

    public FrameworkID frameworkId() {
        return frameworkId;
    }

    public TaskID taskId() {
        return taskId;
    }
}
