package io.osmos.agent;

import static io.osmos.agent.AgentHarness.CHECKPOINTING;
import static io.osmos.agent.AgentHarness.FRAMEWORK;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.task;
import static io.osmos.agent.testing.Await.isRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.testing.Await;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.TaskState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a restart, sandboxes and checkpoints nothing will use again (an earlier agent's, the runs
 * of a framework that does not checkpoint) are collected gc_delay after they were last modified;
 * what a recovered executor uses stays.
 */
class LeftoverRunsTest {
    @TempDir
    Path workDir;

    private AgentHarness harness;

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void sandboxesOfEarlierRunsAndAgentsAreCollectedAndRecoveredOnesStay() throws Exception {
        harness = new AgentHarness(workDir).withSandboxServices().set("gc_delay", "1secs").start();
        harness.master.nextSubscription();
        harness.master.send(runTask(task("kept", "sleep 300"), CHECKPOINTING));
        harness.nextAcked(TaskState.TASK_STARTING);
        long kept = harness.nextAcked(TaskState.TASK_RUNNING).getContainerStatus().getExecutorPid();
        harness.master.send(runTask(task("orphaned", "sleep 300"), FRAMEWORK));
        harness.nextAcked(TaskState.TASK_STARTING);
        harness.nextAcked(TaskState.TASK_RUNNING);
        Path keptSandbox = sandbox("kept").toRealPath();
        Path orphanedSandbox = sandbox("orphaned").toRealPath();
        Path oldAgent = workDir.resolve("slaves/old-agent");
        Files.createDirectories(oldAgent.resolve("frameworks/f/executors/e/runs/c"));
        Files.writeString(oldAgent.resolve("frameworks/f/executors/e/runs/c/stdout"), "from an earlier agent");
        Path oldMeta = workDir.resolve("meta/slaves/old-agent");
        Files.createDirectories(oldMeta);
        Files.writeString(oldMeta.resolve("slave.info"), "");

        harness.restart();
        assertEquals(AgentCall.Type.REREGISTER, harness.master.nextSubscription().getType());

        Await.until("the leftovers to be collected", Duration.ofSeconds(20),
                () -> !Files.exists(orphanedSandbox) && !Files.exists(oldAgent) && !Files.exists(oldMeta));
        assertTrue(Files.isRegularFile(keptSandbox.resolve("stdout")), "a recovered executor keeps its sandbox");
        assertTrue(Files.isDirectory(workDir.resolve("meta/slaves/agent-1")), "and the agent its checkpoints");
        assertTrue(isRunning(kept));
    }

    private Path sandbox(String task) {
        return workDir.resolve("slaves/agent-1/frameworks/fw-1/executors/" + task + "/runs/latest");
    }
}
