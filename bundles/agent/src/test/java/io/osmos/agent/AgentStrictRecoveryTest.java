package io.osmos.agent;

import static io.osmos.agent.AgentHarness.CHECKPOINTING;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.task;
import static io.osmos.agent.testing.Await.isRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.testing.Await;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.TaskState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint that cannot be read: --strict stops the agent, --strict=false skips the broken part. */
class AgentStrictRecoveryTest {
    @TempDir
    Path workDir;

    private AgentHarness harness;
    private long pid;

    @BeforeEach
    void runATaskAndCorruptItsFrameworkCheckpoint() throws Exception {
        harness = new AgentHarness(workDir).start();
        harness.master.nextSubscription();
        harness.master.send(runTask(task("t1", "sleep 300"), CHECKPOINTING));
        harness.nextAcked(TaskState.TASK_STARTING);
        pid = harness.nextAcked(TaskState.TASK_RUNNING).getContainerStatus().getExecutorPid();
        Files.writeString(workDir.resolve("meta/slaves/agent-1/frameworks/fw-1/framework.info"), "\u00ff\u00ff garbage");
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void strictRecoveryRefusesToStartNamingTheBrokenCheckpoint() {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> harness.restart());
        assertTrue(failure.getCause().getMessage().startsWith("Cannot recover framework fw-1: Checkpoint "),
                failure.getCause().getMessage());
        assertTrue(failure.getCause().getMessage().contains("framework.info is corrupt"));
        assertTrue(isRunning(pid), "nothing was touched");
    }

    @Test
    void nonStrictRecoverySkipsTheBrokenFrameworkAndCarriesOn() throws Exception {
        harness.set("strict", false).restart();

        AgentCall reregister = harness.master.nextSubscription();
        assertEquals(AgentCall.Type.REREGISTER, reregister.getType());
        assertEquals(0, reregister.getReregister().getTasksCount());
        Await.until("the unrecovered task, now an orphan, to be killed", Duration.ofSeconds(10), () -> !isRunning(pid));
    }
}
