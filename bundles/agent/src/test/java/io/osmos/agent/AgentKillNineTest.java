package io.osmos.agent;

import static io.osmos.agent.AgentHarness.CHECKPOINTING;
import static io.osmos.agent.AgentHarness.PING;
import static io.osmos.agent.AgentHarness.ack;
import static io.osmos.agent.AgentHarness.killTask;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.task;
import static io.osmos.agent.testing.Await.isRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.testing.AgentProcess;
import io.osmos.agent.testing.Await;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real thing: the agent's JVM gets SIGKILL while its task runs, and a new agent takes over. */
class AgentKillNineTest {
    @TempDir
    Path workDir;
    @TempDir
    Path logs;

    private Process process;
    private AgentHarness harness;

    @AfterEach
    void stop() throws Exception {
        if (process != null) {
            process.destroyForcibly();
        }
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void aTaskOutlivesItsAgentBeingKilledAndTheNextAgentReportsItsEnd() throws Exception {
        FakeMaster master = new FakeMaster();
        harness = new AgentHarness(workDir, master);
        process = AgentProcess.start(master.port(), workDir, logs.resolve("agent.log"));
        assertEquals(AgentCall.Type.REGISTER, master.nextSubscription().getType());
        master.send(runTask(task("t1", "sleep 300"), CHECKPOINTING));
        master.send(ack(harness.nextUpdate(TaskState.TASK_STARTING)));
        TaskStatus running = harness.nextUpdate(TaskState.TASK_RUNNING);
        master.send(ack(running));
        master.send(PING);
        assertEquals(AgentCall.Type.PONG, master.nextCall().getType(), "the acknowledgements were taken in");
        long pid = running.getContainerStatus().getExecutorPid();

        process.destroyForcibly(); // SIGKILL
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        assertTrue(isRunning(pid), "the task runs on without its agent");

        harness.start();
        AgentCall reregister = master.nextSubscription();
        assertEquals(AgentCall.Type.REREGISTER, reregister.getType());
        Task listed = reregister.getReregister().getTasks(0);
        assertEquals(TaskState.TASK_RUNNING, listed.getState());
        assertTrue(!listed.hasStatusUpdateUuid(), "nothing is waiting for an acknowledgement");
        master.send(killTask("t1"));
        assertEquals("Command terminated with signal Terminated", harness.nextUpdate(TaskState.TASK_KILLED).getMessage());
        Await.until("the task's process to end", Duration.ofSeconds(10), () -> !isRunning(pid));
    }
}
