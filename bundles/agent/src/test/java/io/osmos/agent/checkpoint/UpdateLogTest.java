package io.osmos.agent.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.status.StatusUpdateStream;
import io.osmos.agent.status.StatusUpdates;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateLogTest {
    static final FrameworkID FRAMEWORK = FrameworkID.newBuilder().setValue("fw").build();
    static final TaskID TASK = TaskID.newBuilder().setValue("t1").build();

    @TempDir
    Path dir;

    @Test
    void replayingTheRecordsRebuildsTheStream() throws IOException {
        UpdateLog log = new UpdateLog(dir.resolve("tasks/t1/task.updates"));
        TaskStatus starting = status(TaskState.TASK_STARTING);
        TaskStatus running = status(TaskState.TASK_RUNNING);
        TaskStatus finished = status(TaskState.TASK_FINISHED);
        log.update(starting);
        log.update(running);
        log.acknowledge(starting.getUuid());
        log.update(finished);

        UpdateLog.Replay replay = UpdateLog.read(log.file());
        assertFalse(replay.torn());
        assertEquals(4, replay.records().size());
        StatusUpdateStream stream = StatusUpdateStream.replay(FRAMEWORK, TASK, replay.records());
        assertEquals(List.of(running, finished), stream.pending(), "STARTING was acknowledged");
        assertEquals(finished, stream.latest().orElseThrow());
        assertTrue(stream.isTerminated());
    }

    @Test
    void aTornLastRecordIsDroppedAndTheRestKept() throws IOException {
        UpdateLog log = new UpdateLog(dir.resolve("task.updates"));
        TaskStatus running = status(TaskState.TASK_RUNNING);
        log.update(running);
        byte[] whole = Files.readAllBytes(log.file());
        log.update(status(TaskState.TASK_FINISHED));
        byte[] both = Files.readAllBytes(log.file());
        // A crash in the middle of the second append: only part of it reached the disk.
        Files.write(log.file(), java.util.Arrays.copyOf(both, whole.length + 7));

        UpdateLog.Replay replay = UpdateLog.read(log.file());
        assertTrue(replay.torn());
        assertEquals(List.of(new UpdateLog.Update(running)), replay.records());
    }

    @Test
    void aCorruptRecordIsAnError() throws IOException {
        UpdateLog log = new UpdateLog(dir.resolve("task.updates"));
        log.update(status(TaskState.TASK_RUNNING));
        Files.write(log.file(), new byte[] {9, 1, 0}, StandardOpenOption.APPEND);

        IOException failure = assertThrows(IOException.class, () -> UpdateLog.read(log.file()));
        assertTrue(failure.getMessage().contains("is corrupt after 1 records"), failure.getMessage());
    }

    @Test
    void aMissingFileHoldsNoRecords() throws IOException {
        assertEquals(List.of(), UpdateLog.read(dir.resolve("nothing")).records());
    }

    static TaskStatus status(TaskState state) {
        return StatusUpdates.fromExecutor(AgentID.newBuilder().setValue("a").build(), TASK,
                ExecutorID.newBuilder().setValue("t1").build(), state).build();
    }
}
