package io.osmos.agent;

import static io.osmos.agent.AgentHarness.CHECKPOINTING;
import static io.osmos.agent.AgentHarness.FRAMEWORK;
import static io.osmos.agent.AgentHarness.ack;
import static io.osmos.agent.AgentHarness.killTask;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.task;
import static io.osmos.agent.testing.Await.isRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.testing.Await;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent dies (as with kill -9: it stops dead, its processes stay) and a new agent starts on the
 * same work_dir: what it finds again, what it reports, and what it tells the master.
 */
class AgentRecoveryTest {
    @TempDir
    Path workDir;

    private AgentHarness harness;

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private FakeMaster registered() throws Exception {
        harness = new AgentHarness(workDir).start();
        assertEquals(AgentCall.Type.REGISTER, harness.master.nextSubscription().getType());
        return harness.master;
    }

    @Test
    void aRunningTaskIsReattachedAndCanBeKilledAfterTheAgentDied() throws Exception {
        FakeMaster master = registered();
        master.send(runTask(task("t1", "sleep 300"), CHECKPOINTING));
        harness.nextAcked(TaskState.TASK_STARTING);
        long pid = harness.nextAcked(TaskState.TASK_RUNNING).getContainerStatus().getExecutorPid();

        harness.restart();

        AgentCall reregister = master.nextSubscription();
        assertEquals(AgentCall.Type.REREGISTER, reregister.getType(), "the agent kept its id");
        assertEquals(FakeMaster.AGENT_ID, reregister.getAgentId());
        Task listed = reregister.getReregister().getTasks(0);
        assertEquals("t1", listed.getTaskId().getValue());
        assertEquals(TaskState.TASK_RUNNING, listed.getState());
        assertEquals(CHECKPOINTING.getName(), reregister.getReregister().getFrameworks(0).getName());
        assertTrue(isRunning(pid), "the task kept running while the agent was away");

        master.send(killTask("t1"));
        TaskStatus killed = harness.nextUpdate(TaskState.TASK_KILLED);
        assertEquals("Command terminated with signal Terminated", killed.getMessage());
        assertEquals(pid, killed.getContainerStatus().getExecutorPid());
        Await.until("the task's process to end", Duration.ofSeconds(10), () -> !isRunning(pid));
    }

    @Test
    void aTaskThatEndedWhileTheAgentWasDownIsReportedWithItsRealExitStatus() throws Exception {
        FakeMaster master = registered();
        master.send(runTask(task("t1", "while [ ! -e go ]; do sleep 0.02; done; exit 3"), CHECKPOINTING));
        harness.nextAcked(TaskState.TASK_STARTING);
        long pid = harness.nextAcked(TaskState.TASK_RUNNING).getContainerStatus().getExecutorPid();

        harness.agent.halt();
        Files.writeString(sandbox("t1").resolve("go"), "");
        Await.until("the task to end while no agent runs", Duration.ofSeconds(10), () -> !isRunning(pid));
        harness.restart();

        assertEquals(AgentCall.Type.REREGISTER, master.nextSubscription().getType());
        TaskStatus failed = harness.nextUpdate(TaskState.TASK_FAILED);
        assertEquals("Command exited with status 3", failed.getMessage());
        master.send(ack(failed));
        Await.until("the agent to forget the task", Duration.ofSeconds(10),
                () -> harness.agent.tasks().join().isEmpty());
    }

    @Test
    void unacknowledgedUpdatesAreResentInOrderAfterReregistration() throws Exception {
        FakeMaster master = registered();
        master.send(runTask(task("t1", "echo done"), CHECKPOINTING));
        TaskStatus starting = harness.nextUpdate(TaskState.TASK_STARTING);
        Await.until("the task to finish", Duration.ofSeconds(10),
                () -> harness.agent.tasks().join().get(0).getState() == TaskState.TASK_FINISHED);

        harness.restart();

        Task listed = master.nextSubscription().getReregister().getTasks(0);
        assertEquals(TaskState.TASK_FINISHED, listed.getState(), "the latest state, though not yet acknowledged");
        assertEquals(starting.getUuid(), listed.getStatusUpdateUuid(), "the update in flight");
        assertEquals(starting, harness.nextUpdate(TaskState.TASK_STARTING), "resent as it was");
        master.send(ack(starting));
        harness.nextAcked(TaskState.TASK_RUNNING);
        TaskStatus finished = harness.nextAcked(TaskState.TASK_FINISHED);
        assertEquals("Command exited with status 0", finished.getMessage());
        Await.until("the agent to forget the task", Duration.ofSeconds(10),
                () -> harness.agent.tasks().join().isEmpty());
    }

    @Test
    void tasksOfFrameworksThatDoNotCheckpointAreKilledWhenTheAgentComesBack() throws Exception {
        FakeMaster master = registered();
        master.send(runTask(task("t1", "sleep 300"), FRAMEWORK));
        harness.nextAcked(TaskState.TASK_STARTING);
        long pid = harness.nextAcked(TaskState.TASK_RUNNING).getContainerStatus().getExecutorPid();

        harness.restart();

        assertEquals(0, master.nextSubscription().getReregister().getTasksCount(), "nothing of it was checkpointed");
        Await.until("the orphan to be killed", Duration.ofSeconds(10), () -> !isRunning(pid));
        Await.until("its runtime directory to go", Duration.ofSeconds(10),
                () -> !Files.exists(workDir.resolve("containers")) || isEmpty(workDir.resolve("containers")));
    }

    @Test
    void aGracefulStopLeavesCheckpointedTasksRunningAndKillsTheOthers() throws Exception {
        FakeMaster master = registered();
        master.send(runTask(task("kept", "sleep 300"), CHECKPOINTING));
        harness.nextAcked(TaskState.TASK_STARTING);
        long kept = harness.nextAcked(TaskState.TASK_RUNNING).getContainerStatus().getExecutorPid();
        master.send(runTask(task("gone", "sleep 300"), FRAMEWORK));
        harness.nextAcked(TaskState.TASK_STARTING);
        long gone = harness.nextAcked(TaskState.TASK_RUNNING).getContainerStatus().getExecutorPid();

        harness.agent.stop().get();

        Await.until("the non-checkpointing task to be killed", Duration.ofSeconds(10), () -> !isRunning(gone));
        assertTrue(isRunning(kept), "a checkpointing framework's task outlives the agent");
        harness.start();
        Task listed = master.nextSubscription().getReregister().getTasks(0);
        assertEquals("kept", listed.getTaskId().getValue());
        assertEquals(TaskState.TASK_RUNNING, listed.getState());
    }

    @Test
    void recoverCleanupKillsWhatWasRecoveredAndReportsIt() throws Exception {
        FakeMaster master = registered();
        master.send(runTask(task("t1", "touch started; exec sleep 300"), CHECKPOINTING));
        harness.nextAcked(TaskState.TASK_STARTING);
        long pid = harness.nextAcked(TaskState.TASK_RUNNING).getContainerStatus().getExecutorPid();
        // TASK_RUNNING comes once the supervisor is told to go, which a loaded machine may not have
        // scheduled yet; the kill that follows must find the command running to report how it ended.
        Await.until("the command to run", Duration.ofSeconds(10), () -> Files.exists(sandbox("t1").resolve("started")));

        harness.set("recover", "cleanup").restart();

        master.nextSubscription();
        TaskStatus killed = harness.nextUpdate(TaskState.TASK_KILLED);
        assertEquals("Command terminated with signal Terminated", killed.getMessage());
        Await.until("the task's process to end", Duration.ofSeconds(10), () -> !isRunning(pid));
    }

    private Path sandbox(String task) {
        return workDir.resolve("slaves/agent-1/frameworks/fw-1/executors/" + task + "/runs/latest");
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
