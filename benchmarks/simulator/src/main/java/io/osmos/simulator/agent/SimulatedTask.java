package io.osmos.simulator.agent;

import com.google.protobuf.ByteString;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.ArrayDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A task the simulated agent "runs": no process, only its status updates, which go out one at a
 * time as the agent protocol demands (the next only after the previous one is acknowledged).
 */
final class SimulatedTask {
    final FrameworkID frameworkId;
    // Mesos's status update manager resends after 10 s, doubling up to 10 minutes
    // (STATUS_UPDATE_RETRY_INTERVAL_MIN and _MAX); resending faster floods a busy master.
    static final long FIRST_RESEND_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long LAST_RESEND_NANOS = TimeUnit.MINUTES.toNanos(10);

    final ArrayDeque<TaskStatus> unacknowledged = new ArrayDeque<>();
    long sentNanos;
    long resendAfterNanos = FIRST_RESEND_NANOS;

    SimulatedTask(FrameworkID frameworkId) {
        this.frameworkId = frameworkId;
    }

    /** The head update went out for the first time. */
    void sent(long now) {
        sentNanos = now;
        resendAfterNanos = FIRST_RESEND_NANOS;
    }

    /** Whether the head update is due again, and if so, backs off further. */
    boolean dueForResend(long now) {
        if (unacknowledged.isEmpty() || now - sentNanos < resendAfterNanos) {
            return false;
        }
        sentNanos = now;
        resendAfterNanos = Math.min(LAST_RESEND_NANOS, resendAfterNanos * 2);
        return true;
    }

    /** True when the update is the only one waiting, so it is the one to send now. */
    boolean queue(TaskStatus status) {
        unacknowledged.add(status);
        return unacknowledged.size() == 1;
    }

    /** The newest state, which tells the master the task is further along than the update it reads. */
    TaskState latestState() {
        return unacknowledged.getLast().getState();
    }

    boolean terminal() {
        return !unacknowledged.isEmpty() && isTerminal(unacknowledged.getLast().getState());
    }

    /** An update as the command executor sends it: from the executor, with a fresh uuid to acknowledge. */
    static TaskStatus status(AgentID agentId, TaskID taskId, TaskState state) {
        byte[] uuid = new byte[16];
        ThreadLocalRandom.current().nextBytes(uuid);
        return TaskStatus.newBuilder().setTaskId(taskId).setState(state).setSource(TaskStatus.Source.SOURCE_EXECUTOR)
                .setAgentId(agentId).setExecutorId(ExecutorID.newBuilder().setValue(taskId.getValue()))
                .setUuid(ByteString.copyFrom(uuid)).setTimestamp(System.currentTimeMillis() / 1000.0).build();
    }

    static boolean isTerminal(TaskState state) {
        return switch (state) {
            case TASK_FINISHED, TASK_FAILED, TASK_KILLED, TASK_LOST, TASK_ERROR, TASK_DROPPED, TASK_GONE,
                    TASK_GONE_BY_OPERATOR -> true;
            default -> false;
        };
    }
}
