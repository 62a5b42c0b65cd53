package io.osmos.agent.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusUpdateManagerTest {
    static final FrameworkID FRAMEWORK = FrameworkID.newBuilder().setValue("fw").build();
    static final Duration MIN = Duration.ofSeconds(10);
    static final Duration MAX = Duration.ofSeconds(35);

    private final ManualTimers clock = new ManualTimers();
    private final List<AgentCall.StatusUpdate> sent = new ArrayList<>();
    private final StatusUpdateManager manager = new StatusUpdateManager(clock, MIN, MAX, sent::add);

    @Test
    void resendsTheUnacknowledgedUpdateWithDoublingIntervalsUpToTheMaximum() {
        manager.resume();
        TaskStatus running = status("t1", TaskState.TASK_RUNNING);
        manager.update(FRAMEWORK, running);
        assertEquals(1, sent.size(), "sent at once");

        clock.advance(MIN.minusMillis(1));
        assertEquals(1, sent.size());
        clock.advance(Duration.ofMillis(1));
        assertEquals(2, sent.size(), "resent after the minimum interval");
        clock.advance(Duration.ofSeconds(20));
        assertEquals(3, sent.size(), "then after twice that");
        clock.advance(Duration.ofSeconds(35));
        assertEquals(4, sent.size(), "40 s is capped at the 35 s maximum");
        clock.advance(Duration.ofSeconds(35));
        assertEquals(5, sent.size());
        sent.forEach(u -> assertEquals(running, u.getStatus()));
        sent.forEach(u -> assertEquals(FRAMEWORK, u.getFrameworkId()));

        assertTrue(manager.acknowledge(FRAMEWORK, running.getTaskId(), running.getUuid()).isPresent());
        clock.advance(Duration.ofMinutes(30));
        assertEquals(5, sent.size(), "nothing is resent after the acknowledgement");
        assertEquals(0, clock.pending());
    }

    @Test
    void sendsTheNextUpdateOfATaskOnlyAfterTheHeadIsAcknowledged() {
        manager.resume();
        TaskStatus starting = status("t1", TaskState.TASK_STARTING);
        TaskStatus running = status("t1", TaskState.TASK_RUNNING);
        TaskStatus finished = status("t1", TaskState.TASK_FINISHED);
        manager.update(FRAMEWORK, starting);
        manager.update(FRAMEWORK, running);
        manager.update(FRAMEWORK, finished);
        assertEquals(List.of(starting), statuses());
        clock.advance(MIN);
        assertEquals(List.of(starting, starting), statuses());
        assertEquals(TaskState.TASK_FINISHED, sent.get(1).getLatestState(), "a resend tells the newest state");
        sent.clear();

        assertFalse(manager.acknowledge(FRAMEWORK, starting.getTaskId(), running.getUuid()).isPresent(), "not the head");
        assertTrue(manager.acknowledge(FRAMEWORK, starting.getTaskId(), starting.getUuid()).isPresent());
        assertEquals(List.of(running), statuses());
        assertFalse(manager.acknowledge(FRAMEWORK, starting.getTaskId(), starting.getUuid()).isPresent(), "a repeated ack");
        assertTrue(manager.acknowledge(FRAMEWORK, running.getTaskId(), running.getUuid()).isPresent());
        assertTrue(manager.acknowledge(FRAMEWORK, finished.getTaskId(), finished.getUuid()).isPresent());
        assertEquals(List.of(running, finished), statuses());
        assertFalse(manager.hasPending(FRAMEWORK, finished.getTaskId()));
    }

    @Test
    void tasksAreIndependentStreams() {
        manager.resume();
        TaskStatus a = status("a", TaskState.TASK_RUNNING);
        TaskStatus b = status("b", TaskState.TASK_RUNNING);
        manager.update(FRAMEWORK, a);
        manager.update(FRAMEWORK, b);
        assertEquals(List.of(a, b), statuses(), "b does not wait for a's acknowledgement");
    }

    @Test
    void unknownAcknowledgementsDuplicatesAndUpdatesAfterTheEndAreIgnored() {
        manager.resume();
        TaskStatus failed = status("t1", TaskState.TASK_FAILED);
        manager.update(FRAMEWORK, failed);
        manager.update(FRAMEWORK, failed);
        manager.update(FRAMEWORK, status("t1", TaskState.TASK_RUNNING));
        assertFalse(manager.acknowledge(FRAMEWORK, TaskID.newBuilder().setValue("other").build(), failed.getUuid()).isPresent());
        assertTrue(manager.acknowledge(FRAMEWORK, failed.getTaskId(), failed.getUuid()).isPresent());
        assertEquals(List.of(failed), statuses());
        assertFalse(manager.hasPending(FRAMEWORK, failed.getTaskId()));
    }

    @Test
    void whilePausedNothingIsSentAndResumingSendsEveryHead() {
        TaskStatus running = status("t1", TaskState.TASK_RUNNING);
        manager.update(FRAMEWORK, running);
        clock.advance(Duration.ofMinutes(5));
        assertTrue(sent.isEmpty(), "paused until the agent registers");

        manager.resume();
        assertEquals(List.of(running), statuses());
        manager.pause();
        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, sent.size(), "no retries while disconnected");
        manager.resume();
        assertEquals(List.of(running, running), statuses(), "resent on reregistration");
    }

    @Test
    void aRemovedFrameworksUpdatesAreDropped() {
        manager.resume();
        TaskStatus running = status("t1", TaskState.TASK_RUNNING);
        manager.update(FRAMEWORK, running);
        manager.removeFramework(FRAMEWORK);
        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, sent.size());
        assertFalse(manager.hasPending(FRAMEWORK, running.getTaskId()));
    }

    private List<TaskStatus> statuses() {
        return sent.stream().map(AgentCall.StatusUpdate::getStatus).toList();
    }

    static TaskStatus status(String task, TaskState state) {
        return StatusUpdates.fromExecutor(AgentID.newBuilder().setValue("agent").build(),
                TaskID.newBuilder().setValue(task).build(), ExecutorID.newBuilder().setValue(task).build(), state)
                .build();
    }
}
