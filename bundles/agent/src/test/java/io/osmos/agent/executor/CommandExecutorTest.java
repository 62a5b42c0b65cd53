package io.osmos.agent.executor;

import static io.osmos.agent.executor.ExecutorHarness.AGENT;
import static io.osmos.agent.executor.ExecutorHarness.FRAMEWORK;
import static io.osmos.agent.executor.ExecutorHarness.shell;
import static io.osmos.agent.executor.ExecutorHarness.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.Environment;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandExecutorTest {
    @TempDir
    Path workDir;

    private ExecutorHarness harness;

    @BeforeEach
    void start() {
        harness = new ExecutorHarness(workDir, Duration.ofSeconds(3));
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void runsTheCommandInItsSandboxAndReportsStartingRunningFinished() throws Exception {
        harness.launch(FRAMEWORK, task("t1", shell("echo hello; echo \"task=$MESOS_TASK_ID sandbox=$MESOS_SANDBOX\"; pwd >&2")));

        TaskStatus starting = harness.next();
        TaskStatus running = harness.next();
        TaskStatus finished = harness.next();
        assertEquals(TaskState.TASK_STARTING, starting.getState());
        assertEquals(TaskState.TASK_RUNNING, running.getState());
        assertEquals(TaskState.TASK_FINISHED, finished.getState());
        assertEquals("Command exited with status 0", finished.getMessage());
        for (TaskStatus status : new TaskStatus[] {starting, running, finished}) {
            assertEquals(TaskStatus.Source.SOURCE_EXECUTOR, status.getSource());
            assertEquals("t1", status.getExecutorId().getValue(), "a command task's executor id is its task id");
            assertEquals(AGENT, status.getAgentId());
            assertEquals(16, status.getUuid().size());
            assertTrue(status.getTimestamp() > 0);
        }
        assertNotEquals(starting.getUuid(), running.getUuid());
        assertTrue(running.getContainerStatus().getExecutorPid() > 0, "RUNNING names the task's process");

        Path runs = workDir.resolve("slaves/agent-1/frameworks/fw-1/executors/t1/runs");
        Path sandbox = runs.resolve(running.getContainerStatus().getContainerId().getValue());
        assertTrue(Files.isSymbolicLink(runs.resolve("latest")));
        assertEquals(sandbox.toRealPath(), runs.resolve("latest").toRealPath());
        assertEquals("hello\ntask=t1 sandbox=" + sandbox + "\n", Files.readString(sandbox.resolve("stdout")));
        assertEquals(sandbox.toRealPath().toString(), Files.readString(sandbox.resolve("stderr")).trim());
    }

    @Test
    void aFailingCommandFailsTheTaskWithItsExitStatus() throws Exception {
        harness.launch(FRAMEWORK, task("t2", shell("echo oops >&2; exit 3")));

        assertEquals(TaskState.TASK_STARTING, harness.next().getState());
        assertEquals(TaskState.TASK_RUNNING, harness.next().getState());
        TaskStatus failed = harness.next();
        assertEquals(TaskState.TASK_FAILED, failed.getState());
        assertEquals("Command exited with status 3", failed.getMessage());
        assertEquals("oops\n", Files.readString(harness.sandbox("t2").resolve("stderr")));
    }

    @Test
    void withoutAShellTheValueRunsWithTheArgumentsAfterArgvZero() throws Exception {
        CommandInfo command = CommandInfo.newBuilder().setShell(false).setValue("/bin/echo")
                .addArguments("echo").addArguments("two words").addArguments("$HOME").build();
        harness.launch(FRAMEWORK, task("t3", command));

        harness.next();
        harness.next();
        assertEquals(TaskState.TASK_FINISHED, harness.next().getState());
        assertEquals("two words $HOME\n", Files.readString(harness.sandbox("t3").resolve("stdout")),
                "no shell expands anything");
    }

    @Test
    void theCommandsEnvironmentIsAdded() throws Exception {
        CommandInfo command = shell("echo \"$GREETING from $MESOS_FRAMEWORK_ID\"").toBuilder()
                .setEnvironment(Environment.newBuilder().addVariables(
                        Environment.Variable.newBuilder().setName("GREETING").setValue("hello")))
                .build();
        harness.launch(FRAMEWORK, task("t4", command));

        harness.next();
        harness.next();
        assertEquals(TaskState.TASK_FINISHED, harness.next().getState());
        assertEquals("hello from fw-1\n", Files.readString(harness.sandbox("t4").resolve("stdout")));
    }

    @Test
    void aCommandThatCannotStartFailsTheTaskSayingWhy() throws Exception {
        CommandInfo missing = CommandInfo.newBuilder().setShell(false).setValue("/no/such/program").build();
        harness.launch(FRAMEWORK, task("t5", missing));

        assertEquals(TaskState.TASK_STARTING, harness.next().getState());
        TaskStatus failed = harness.next();
        assertEquals(TaskState.TASK_FAILED, failed.getState());
        assertEquals(TaskStatus.Reason.REASON_CONTAINER_LAUNCH_FAILED, failed.getReason());
        assertEquals("Failed to launch the command: '/no/such/program' is not an executable file", failed.getMessage());
    }
}
