package io.osmos.agent.executor;

import static io.osmos.agent.executor.ExecutorHarness.FRAMEWORK;
import static io.osmos.agent.executor.ExecutorHarness.hasContent;
import static io.osmos.agent.executor.ExecutorHarness.shell;
import static io.osmos.agent.executor.ExecutorHarness.task;
import static io.osmos.agent.testing.Await.isRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.testing.Await;
import io.osmos.protocol.v1.Protos.DurationInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandKillTest {
    @TempDir
    Path workDir;

    private ExecutorHarness harness;

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void killTerminatesTheProcessGroupIncludingChildren() throws Exception {
        harness = new ExecutorHarness(workDir, Duration.ofSeconds(3));
        FrameworkInfo killingAware = FRAMEWORK.toBuilder().addCapabilities(FrameworkInfo.Capability.newBuilder()
                .setType(FrameworkInfo.Capability.Type.TASK_KILLING_STATE)).build();
        harness.launch(killingAware, task("t1", shell("sleep 300 & echo $! > child.pid; wait")));
        harness.next();
        long leader = harness.next().getContainerStatus().getExecutorPid();
        Path childPid = harness.sandbox("t1").resolve("child.pid");
        Await.until("the task to start its child", Duration.ofSeconds(10), () -> hasContent(childPid));
        long child = Long.parseLong(Files.readString(childPid).trim());
        assertTrue(isRunning(child));

        assertTrue(harness.kill("t1", Optional.empty()));

        assertEquals(TaskState.TASK_KILLING, harness.next().getState(), "the framework accepts TASK_KILLING");
        TaskStatus killed = harness.next();
        assertEquals(TaskState.TASK_KILLED, killed.getState());
        assertEquals("Command terminated with signal Terminated", killed.getMessage());
        Await.until("the child to be gone", Duration.ofSeconds(10), () -> !isRunning(child));
        assertFalse(isRunning(leader));
    }

    @Test
    void aTaskIgnoringSigtermIsKilledOnceItsGracePeriodIsOver() throws Exception {
        harness = new ExecutorHarness(workDir, Duration.ofMinutes(5)); // the default would make this time out
        KillPolicy policy = KillPolicy.newBuilder()
                .setGracePeriod(DurationInfo.newBuilder().setNanoseconds(Duration.ofMillis(200).toNanos())).build();
        harness.launch(FRAMEWORK, task("t2", shell("trap '' TERM; echo ready > ready; sleep 300 & wait")).toBuilder()
                .setKillPolicy(policy).build());
        harness.next();
        harness.next();
        Path ready = harness.sandbox("t2").resolve("ready");
        Await.until("the task to ignore SIGTERM", Duration.ofSeconds(10), () -> hasContent(ready));

        assertTrue(harness.kill("t2", Optional.empty()));

        TaskStatus killed = harness.next();
        assertEquals(TaskState.TASK_KILLED, killed.getState(), "no TASK_KILLING for a framework without the capability");
        assertEquals("Command terminated with signal Killed", killed.getMessage());
    }

    @Test
    void theKillsOwnPolicyBeatsTheDefault() throws Exception {
        harness = new ExecutorHarness(workDir, Duration.ofMinutes(5));
        harness.launch(FRAMEWORK, task("t3", shell("trap '' TERM; echo ready > ready; sleep 300 & wait")));
        harness.next();
        harness.next();
        Await.until("the task to ignore SIGTERM", Duration.ofSeconds(10),
                () -> hasContent(harness.sandbox("t3").resolve("ready")));
        KillPolicy now = KillPolicy.newBuilder().setGracePeriod(DurationInfo.newBuilder().setNanoseconds(0)).build();

        harness.kill("t3", Optional.of(now));

        assertEquals("Command terminated with signal Killed", harness.next().getMessage());
    }

    @Test
    void killingAnUnknownTaskSaysSo() throws Exception {
        harness = new ExecutorHarness(workDir, Duration.ofSeconds(3));
        assertFalse(harness.kill("nope", Optional.empty()));
    }
}
