package io.osmos.agent;

import static io.osmos.agent.AgentHarness.CHECKPOINTING;
import static io.osmos.agent.AgentHarness.FRAMEWORK;
import static io.osmos.agent.AgentHarness.FRAMEWORK_ID;
import static io.osmos.agent.AgentHarness.killTask;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.taskId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.osmos.agent.testing.Await;
import io.osmos.agent.testing.TestExecutor;
import io.osmos.api.hook.AgentHook;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A framework's own executor, a separate Java process speaking the raw v1 executor API over HTTP. */
class CustomExecutorTest {
    static final ExecutorID EXECUTOR_ID = ExecutorID.newBuilder().setValue("e1").build();

    @TempDir
    Path workDir;

    private AgentHarness harness;
    private final List<String> removed = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private FakeMaster start(String... config) throws Exception {
        harness = new AgentHarness(workDir);
        for (int i = 0; i < config.length; i += 2) {
            harness.set(config[i], config[i + 1]);
        }
        harness.hooks.add(new AgentHook() {
            @Override
            public void slaveRemoveExecutorHook(FrameworkInfo framework, ExecutorInfo executor) {
                removed.add(executor.getExecutorId().getValue());
            }
        }, 0, 1);
        harness.start();
        harness.master.nextSubscription();
        return harness.master;
    }

    @Test
    void aCustomExecutorRunsATaskToFinished() throws Exception {
        FakeMaster master = start();
        master.send(runTask(task("t1", "finish", javaExecutor()), FRAMEWORK));

        TaskStatus running = harness.nextAcked(TaskState.TASK_RUNNING);
        assertEquals(TaskStatus.Source.SOURCE_EXECUTOR, running.getSource());
        assertEquals(EXECUTOR_ID, running.getExecutorId());
        assertEquals(FakeMaster.AGENT_ID, running.getAgentId());
        harness.nextAcked(TaskState.TASK_FINISHED);
        Path sandbox = sandbox();
        Await.until("the executor to hear of the acknowledgement", Duration.ofSeconds(20),
                () -> Files.exists(sandbox.resolve("acknowledged-t1")));

        String environment = Files.readString(sandbox.resolve("environment"));
        for (String expected : List.of("MESOS_FRAMEWORK_ID=fw-1", "MESOS_EXECUTOR_ID=e1", "MESOS_CHECKPOINT=0",
                "MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD=5secs", "MESOS_AGENT_ENDPOINT=127.0.0.1:" + master.port(),
                "MESOS_SLAVE_PID=slave(1)@127.0.0.1:" + master.port(), "MESOS_AGENT_ID=agent-1")) {
            assertTrue(environment.contains(expected), expected + " in\n" + environment);
        }
        assertTrue(environment.contains("MESOS_SANDBOX=" + sandbox.toRealPath() + "\n"), environment);
        assertTrue(environment.contains("MESOS_DIRECTORY=" + sandbox.toRealPath() + "\n"), environment);

        master.send(AgentEvent.newBuilder().setType(AgentEvent.Type.SHUTDOWN_EXECUTOR).setShutdownExecutor(
                AgentEvent.ShutdownExecutor.newBuilder().setFrameworkId(FRAMEWORK_ID).setExecutorId(EXECUTOR_ID)).build());
        AgentCall exited = master.nextCall();
        assertEquals(AgentCall.Type.EXITED_EXECUTOR, exited.getType());
        assertEquals(EXECUTOR_ID, exited.getExitedExecutor().getExecutorId());
        assertEquals(0, exited.getExitedExecutor().getStatus(), "it exited by itself on SHUTDOWN");
        assertTrue(Files.exists(sandbox.resolve("shutdown")));
        Await.until("slaveRemoveExecutorHook", Duration.ofSeconds(10), () -> removed.equals(List.of("e1")));
    }

    @Test
    void killsAndMessagesGoToTheExecutorAndMessagesComeBack() throws Exception {
        FakeMaster master = start();
        master.send(runTask(task("t1", "run", javaExecutor()), FRAMEWORK));
        harness.nextAcked(TaskState.TASK_RUNNING);

        master.send(AgentEvent.newBuilder().setType(AgentEvent.Type.FRAMEWORK_MESSAGE).setFrameworkMessage(
                AgentEvent.FrameworkMessage.newBuilder().setFrameworkId(FRAMEWORK_ID).setExecutorId(EXECUTOR_ID)
                        .setData(ByteString.copyFromUtf8("ping"))).build());
        AgentCall message = master.nextCall();
        assertEquals(AgentCall.Type.EXECUTOR_MESSAGE, message.getType());
        assertEquals("echo:ping", message.getExecutorMessage().getData().toStringUtf8());

        master.send(killTask("t1"));
        TaskStatus killed = harness.nextAcked(TaskState.TASK_KILLED);
        assertEquals(TaskStatus.Source.SOURCE_EXECUTOR, killed.getSource());
    }

    @Test
    void anExecutorThatNeverSubscribesIsKilledAndItsTasksFail() throws Exception {
        FakeMaster master = start("executor_registration_timeout", "300ms");
        ExecutorInfo silent = ExecutorInfo.newBuilder().setExecutorId(EXECUTOR_ID)
                .setCommand(CommandInfo.newBuilder().setValue("sleep 300")).build();
        master.send(runTask(task("t1", "finish", silent), FRAMEWORK));

        // Two calls on their own connections: either may arrive first.
        List<AgentCall> calls = List.of(master.nextCall(), master.nextCall());
        AgentCall update = calls.stream().filter(c -> c.getType() == AgentCall.Type.STATUS_UPDATE).findFirst().orElseThrow();
        assertTrue(calls.stream().anyMatch(c -> c.getType() == AgentCall.Type.EXITED_EXECUTOR), calls::toString);
        TaskStatus failed = update.getStatusUpdate().getStatus();
        assertEquals(TaskState.TASK_FAILED, failed.getState());
        assertEquals(TaskStatus.Reason.REASON_EXECUTOR_REGISTRATION_TIMEOUT, failed.getReason());
        assertEquals("Executor did not subscribe within 300ms", failed.getMessage());
        assertEquals(TaskStatus.Source.SOURCE_AGENT, failed.getSource());
    }

    @Test
    void aCheckpointingExecutorSubscribesAgainAfterTheAgentRestarts() throws Exception {
        FakeMaster master = start();
        master.send(runTask(task("t1", "run", javaExecutor()), CHECKPOINTING));
        harness.nextAcked(TaskState.TASK_RUNNING);

        harness.restart();
        assertEquals(1, master.nextSubscription().getReregister().getExecutorInfosCount());
        Await.until("the executor to subscribe again", Duration.ofSeconds(30),
                () -> harness.agent.context().executors().all().stream()
                        .allMatch(e -> e.state() == io.osmos.agent.executor.Executor.State.RUNNING));

        master.send(killTask("t1"));
        harness.nextAcked(TaskState.TASK_KILLED);
    }

    private Path sandbox() {
        return workDir.resolve("slaves/agent-1/frameworks/fw-1/executors/e1/runs/latest");
    }

    static TaskInfo task(String id, String data, ExecutorInfo executor) {
        return TaskInfo.newBuilder().setName(id).setTaskId(taskId(id)).setAgentId(FakeMaster.AGENT_ID)
                .setExecutor(executor).setData(ByteString.copyFromUtf8(data)).build();
    }

    /** The test executor as a framework would describe it: a command the agent runs in the sandbox. */
    static ExecutorInfo javaExecutor() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return ExecutorInfo.newBuilder().setExecutorId(EXECUTOR_ID).setName("test executor")
                .setCommand(CommandInfo.newBuilder().setShell(false).setValue(java).addAllArguments(List.of(
                        "java", "-Xmx64m", "-cp", System.getProperty("java.class.path"), TestExecutor.class.getName())))
                .build();
    }
}
