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

import com.google.protobuf.ByteString;
import io.osmos.agent.checkpoint.UpdateLog;
import io.osmos.agent.testing.AgentProcess;
import io.osmos.agent.testing.Await;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test: the agent's JVM gets SIGKILL while tasks run, the master goes away
 * too and a new master comes up on the same port, then the agent starts again. Every task is
 * reattached or reported with its real end, and the updates of each task reach the masters in
 * order, each exactly once as far as the framework is concerned (a resend carries the same uuid).
 */
class AgentAndMasterRestartTest {
    private static final String WAIT_FOR_GO = "while [ ! -e go ]; do sleep 0.02; done; ";

    @TempDir
    Path workDir;
    @TempDir
    Path logs;

    private Process process;
    private AgentHarness harness;
    private final Map<String, List<TaskState>> received = new LinkedHashMap<>();
    private final Set<ByteString> uuids = new HashSet<>();

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
    void everyTaskIsReattachedOrReportedAndNoUpdateIsLostWhenAgentAndMasterRestart() throws Exception {
        FakeMaster first = new FakeMaster();
        int port = first.port();
        AgentHarness talk = new AgentHarness(workDir, first);
        process = AgentProcess.start(port, workDir, logs.resolve("agent.log"));
        assertEquals(AgentCall.Type.REGISTER, first.nextSubscription().getType());

        // running: RUNNING sent, not acknowledged when everything goes down.
        first.send(runTask(task("running", "sleep 300"), CHECKPOINTING));
        first.send(ack(record(talk.nextUpdate(TaskState.TASK_STARTING))));
        long runningPid = record(talk.nextUpdate(TaskState.TASK_RUNNING)).getContainerStatus().getExecutorPid();
        // finishes and fails: end while nothing runs; their RUNNING was acknowledged.
        for (String[] t : new String[][] {{"finishes", "exit 0"}, {"fails", "exit 3"}}) {
            first.send(runTask(task(t[0], WAIT_FOR_GO + t[1]), CHECKPOINTING));
            first.send(ack(record(talk.nextUpdate(TaskState.TASK_STARTING))));
            first.send(ack(record(talk.nextUpdate(TaskState.TASK_RUNNING))));
        }
        // unsent: STARTING never acknowledged, so RUNNING waits behind it, only in the checkpoint.
        first.send(runTask(task("unsent", "sleep 300"), CHECKPOINTING));
        record(talk.nextUpdate(TaskState.TASK_STARTING));
        Await.until("unsent's TASK_RUNNING in its checkpoint", Duration.ofSeconds(10),
                () -> checkpointed("unsent") == 2);
        first.send(PING);
        assertEquals(AgentCall.Type.PONG, first.nextCall().getType(), "the acknowledgements were taken in");

        process.destroyForcibly(); // SIGKILL
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        first.close();
        for (String ending : List.of("finishes", "fails")) {
            Files.writeString(sandbox(ending).resolve("go"), "");
        }
        Await.until("finishes and fails to end while no agent runs", Duration.ofSeconds(10),
                () -> ended("finishes") && ended("fails"));
        assertTrue(isRunning(runningPid), "running runs on without agent and master");

        FakeMaster second = new FakeMaster(port);
        harness = new AgentHarness(workDir, second).start();
        AgentCall reregister = second.nextSubscription();
        assertEquals(AgentCall.Type.REREGISTER, reregister.getType());
        assertEquals(4, reregister.getReregister().getTasksCount(), reregister.toString());
        Map<String, List<TaskState>> expected = new LinkedHashMap<>();
        expected.put("running", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING));
        expected.put("finishes", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING, TaskState.TASK_FINISHED));
        expected.put("fails", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING, TaskState.TASK_FAILED));
        expected.put("unsent", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING));
        while (!received.equals(expected)) {
            AgentCall call = second.nextCall();
            if (call.getType() == AgentCall.Type.STATUS_UPDATE) {
                TaskStatus status = call.getStatusUpdate().getStatus();
                record(status);
                second.send(ack(status));
                if (status.getState() == TaskState.TASK_FAILED) {
                    assertEquals("Command exited with status 3", status.getMessage());
                }
            }
            assertTrue(prefixOfExpected(expected), () -> "out of order or unexpected: " + received);
        }

        second.send(killTask("running"));
        second.send(killTask("unsent"));
        Await.until("running's process to be killed", Duration.ofSeconds(10), () -> !isRunning(runningPid));
    }

    /** Notes an update the framework would receive: a resend (same uuid) is the same update. */
    private TaskStatus record(TaskStatus status) {
        if (uuids.add(status.getUuid())) {
            received.computeIfAbsent(status.getTaskId().getValue(), t -> new ArrayList<>()).add(status.getState());
        }
        return status;
    }

    private boolean prefixOfExpected(Map<String, List<TaskState>> expected) {
        return received.entrySet().stream().allMatch(e -> expected.containsKey(e.getKey())
                && e.getValue().size() <= expected.get(e.getKey()).size()
                && e.getValue().equals(expected.get(e.getKey()).subList(0, e.getValue().size())));
    }

    private int checkpointed(String task) {
        Path updates = workDir.resolve("meta/slaves/agent-1/frameworks/fw-1/executors/" + task
                + "/runs/latest/tasks/" + task + "/task.updates");
        try {
            return Files.exists(updates) ? UpdateLog.read(updates).records().size() : 0;
        } catch (IOException e) {
            return 0; // being written: look again
        }
    }

    // The supervisor records the command's exit status in the container's runtime directory.
    private boolean ended(String task) {
        try {
            Path container = workDir.resolve("containers").resolve(sandbox(task).toRealPath().getFileName());
            return Files.exists(container.resolve("status"));
        } catch (IOException e) {
            return false;
        }
    }

    private Path sandbox(String task) {
        return workDir.resolve("slaves/agent-1/frameworks/fw-1/executors/" + task + "/runs/latest");
    }
}
