package io.osmos.agent;

import static io.osmos.agent.testing.Await.isRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.checkpoint.UpdateLog;
import io.osmos.agent.testing.AgentProcess;
import io.osmos.agent.testing.Leftovers;
import io.osmos.agent.testing.Await;
import io.osmos.agent.testing.RawFramework;
import io.osmos.agent.testing.RealMaster;
import io.osmos.agent.testing.UpdatesSeen;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's acceptance test with real peers: a framework on the raw v1 scheduler API, the real
 * master, and an agent in a JVM of its own. The agent gets SIGKILL while tasks run, the master is
 * replaced by a new one on the same port (knowing nothing), the framework fails over to it, and a
 * new agent starts on the same work_dir. Every task is reattached or reported with its real end,
 * and the framework receives every update of every task in order, none lost.
 */
class RealMasterRestartTest {
    private static final String WAIT_FOR_GO = "while [ ! -e go ]; do sleep 0.02; done; ";
    private static final FrameworkInfo FRAMEWORK = FrameworkInfo.newBuilder().setName("restarts")
            .setUser(System.getProperty("user.name")).setCheckpoint(true).setFailoverTimeout(3600).build();
    /** What the framework acknowledges before everything goes down; the rest waits. */
    private static final Map<String, List<TaskState>> ACKED_BEFORE = Map.of(
            "running", List.of(TaskState.TASK_STARTING),
            "finishes", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING),
            "fails", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING),
            "unsent", List.of());

    @TempDir
    Path workDir;
    @TempDir
    Path logs;

    private final UpdatesSeen seen = new UpdatesSeen();
    private Process process;
    private RealMaster master;
    private StandaloneAgent agent;
    private FrameworkID frameworkId;

    @AfterEach
    void stop() throws Exception {
        if (process != null) {
            process.destroyForcibly();
        }
        if (agent != null) {
            agent.close();
        }
        if (master != null) {
            master.close();
        }
        Leftovers.kill(workDir);
    }

    @Test
    void theFrameworkGetsEveryUpdateInOrderAfterAgentAndMasterRestart() throws Exception {
        master = new RealMaster(0);
        int port = master.port();
        process = AgentProcess.start(port, workDir, logs.resolve("agent.log"));
        RawFramework framework = new RawFramework(port);
        frameworkId = framework.subscribe(FRAMEWORK);
        Offer offer = framework.awaitOffer();
        framework.launch(offer, List.of(task(offer, "running", "sleep 300"),
                task(offer, "finishes", WAIT_FOR_GO + "exit 0"), task(offer, "fails", WAIT_FOR_GO + "exit 3"),
                task(offer, "unsent", "sleep 300")));
        Map<String, List<TaskState>> before = Map.of("running", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING),
                "finishes", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING),
                "fails", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING),
                "unsent", List.of(TaskState.TASK_STARTING));
        while (!seen.received().equals(before)) {
            TaskStatus status = framework.nextUpdate();
            if (seen.add(status) && ACKED_BEFORE.get(status.getTaskId().getValue()).contains(status.getState())) {
                framework.acknowledge(status);
            }
        }
        // Updates plus acknowledgements, as the agent checkpointed them; unsent's RUNNING only there.
        Await.until("the acknowledgements to reach the agent's checkpoints", Duration.ofSeconds(10),
                () -> checkpointed("running") == 3 && checkpointed("finishes") == 4 && checkpointed("fails") == 4
                        && checkpointed("unsent") == 2);
        long runningPid = seen.last("running").getContainerStatus().getExecutorPid();

        process.destroyForcibly(); // SIGKILL
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        master.close();
        framework.close();
        Files.writeString(sandbox("finishes").resolve("go"), "");
        Files.writeString(sandbox("fails").resolve("go"), "");
        Await.until("finishes and fails to end while no agent runs", Duration.ofSeconds(10),
                () -> ended("finishes") && ended("fails"));

        master = new RealMaster(port);
        framework = new RawFramework(port);
        assertEquals(frameworkId, framework.subscribe(FRAMEWORK.toBuilder().setId(frameworkId).build()));
        agent = new StandaloneAgent(workDir, port);
        Map<String, List<TaskState>> expected = Map.of(
                "running", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING),
                "finishes", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING, TaskState.TASK_FINISHED),
                "fails", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING, TaskState.TASK_FAILED),
                "unsent", List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING));
        while (!seen.received().equals(expected)) {
            TaskStatus status = framework.nextUpdate();
            if (status.getUuid().isEmpty()) {
                // The master's own word on a task it adopted from the agent (REASON_AGENT_REREGISTERED):
                // not one of the agent's updates, and nothing to acknowledge.
                assertEquals(TaskStatus.Source.SOURCE_MASTER, status.getSource(), status::toString);
                continue;
            }
            seen.add(status);
            framework.acknowledge(status);
            assertTrue(seen.inOrder(expected), () -> "out of order or unexpected: " + seen.received());
        }
        assertEquals("Command exited with status 3", seen.last("fails").getMessage());
        assertTrue(isRunning(runningPid), "running was reattached, not restarted");

        framework.kill(TaskID.newBuilder().setValue("running").build(), seen.last("running").getAgentId());
        assertEquals(TaskState.TASK_KILLED, framework.nextUpdate().getState());
        Await.until("running's process to end", Duration.ofSeconds(10), () -> !isRunning(runningPid));
        framework.close();
    }

    private static TaskInfo task(Offer offer, String id, String command) {
        return TaskInfo.newBuilder().setName(id).setTaskId(TaskID.newBuilder().setValue(id))
                .setAgentId(offer.getAgentId()).setCommand(CommandInfo.newBuilder().setValue(command))
                .addAllResources(Resources.parse("cpus:0.1;mem:32").toProtos()).build();
    }

    private int checkpointed(String task) {
        Path updates = workDir.resolve("meta/slaves/latest/frameworks/" + frameworkId.getValue()
                + "/executors/" + task + "/runs/latest/tasks/" + task + "/task.updates");
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
        return workDir.resolve("slaves/" + seen.last(task).getAgentId().getValue() + "/frameworks/"
                + frameworkId.getValue() + "/executors/" + task + "/runs/latest");
    }
}
