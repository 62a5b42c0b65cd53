package io.osmos.agent;

import static io.osmos.agent.AgentHarness.FRAMEWORK_ID;
import static io.osmos.agent.AgentHarness.PING;
import static io.osmos.agent.AgentHarness.ack;
import static io.osmos.agent.AgentHarness.killTask;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.taskId;
import static io.osmos.agent.testing.Await.isRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.agent.testing.Await;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.api.hook.AgentHook;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a registered agent answers the master's events, over real HTTP on loopback. */
class AgentTest {
    @TempDir
    Path workDir;

    private AgentHarness harness;
    private FakeMaster master;

    @BeforeEach
    void register() throws Exception {
        harness = new AgentHarness(workDir).start();
        master = harness.master;
        assertEquals(AgentCall.Type.REGISTER, master.nextSubscription().getType());
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void aTaskWithNeitherCommandNorExecutorFailsSayingWhy() throws Exception {
        master.send(runTask(TaskInfo.newBuilder().setName("empty").setTaskId(taskId("e1"))
                .setAgentId(FakeMaster.AGENT_ID).build()));

        TaskStatus failed = harness.nextUpdate(TaskState.TASK_FAILED);
        assertEquals("The task has neither a command nor an executor", failed.getMessage());
        assertEquals(TaskStatus.Source.SOURCE_AGENT, failed.getSource());
        assertEquals(TaskStatus.Reason.REASON_TASK_INVALID, failed.getReason());
    }

    @Test
    void agentHooksDecorateTheTaskAndItsStatusUpdates() throws Exception {
        harness.hooks.add(new AgentHook() {
            @Override
            public Optional<Labels> slaveRunTaskLabelDecorator(TaskInfo task, ExecutorInfo executor,
                    FrameworkInfo framework, AgentInfo agent) {
                return Optional.of(Labels.newBuilder().addLabels(Label.newBuilder().setKey("rack").setValue("r1")).build());
            }

            @Override
            public Optional<TaskStatus> slaveTaskStatusDecorator(FrameworkID framework, TaskStatus status) {
                return Optional.of(TaskStatus.newBuilder().setLabels(Labels.newBuilder().addLabels(
                        Label.newBuilder().setKey("seen").setValue(status.getState().name()))).buildPartial());
            }
        }, 0, 1);
        master.send(runTask("t1", "sleep 300"));

        assertEquals("TASK_STARTING", harness.nextAcked(TaskState.TASK_STARTING).getLabels().getLabels(0).getValue());
        harness.nextAcked(TaskState.TASK_RUNNING);
        assertEquals("r1", harness.agent.tasks().join().get(0).getLabels().getLabels(0).getValue(),
                "the task carries the labels the hook gave it");
    }

    @Test
    void killingATaskThatIsNotHereAnswersTaskLost() throws Exception {
        master.send(killTask("ghost"));

        TaskStatus lost = harness.nextUpdate(TaskState.TASK_LOST);
        assertEquals("ghost", lost.getTaskId().getValue());
        assertEquals(TaskStatus.Reason.REASON_TASK_UNKNOWN, lost.getReason());
        assertEquals(TaskStatus.Source.SOURCE_AGENT, lost.getSource());
    }

    @Test
    void aTasksNextUpdateWaitsForTheAcknowledgementOfTheLast() throws Exception {
        master.send(runTask("t1", "echo done"));
        TaskStatus starting = harness.nextUpdate(TaskState.TASK_STARTING);
        master.send(PING);
        assertEquals(AgentCall.Type.PONG, master.nextCall().getType(), "RUNNING waits for STARTING's ack");

        master.send(ack(starting));
        master.send(ack(harness.nextUpdate(TaskState.TASK_RUNNING)));
        TaskStatus finished = harness.nextUpdate(TaskState.TASK_FINISHED);
        assertEquals("Command exited with status 0", finished.getMessage());
    }

    @Test
    void shuttingDownAFrameworkKillsItsTasksWithoutUpdates() throws Exception {
        master.send(runTask("t1", "sleep 300"));
        master.send(ack(harness.nextUpdate(TaskState.TASK_STARTING)));
        long pid = harness.nextUpdate(TaskState.TASK_RUNNING).getContainerStatus().getExecutorPid();

        master.send(AgentEvent.newBuilder().setType(AgentEvent.Type.SHUTDOWN_FRAMEWORK).setShutdownFramework(
                AgentEvent.ShutdownFramework.newBuilder().setFrameworkId(FRAMEWORK_ID)).build());
        Await.until("the task's process to end", Duration.ofSeconds(10), () -> !isRunning(pid));
        Await.until("the agent to forget the task", Duration.ofSeconds(10),
                () -> harness.agent.tasks().join().isEmpty());

        master.send(PING);
        assertEquals(AgentCall.Type.PONG, master.nextCall().getType(), "no update about the framework's task");
    }
}
