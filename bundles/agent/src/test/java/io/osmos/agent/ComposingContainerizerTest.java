package io.osmos.agent;

import static io.osmos.agent.AgentHarness.killTask;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.testing.StandInDocker;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ContainerInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --containerizers with more than one containerizer: each launch goes to the first that does not
 * decline it, and the calls about a container to the one that runs it. The real mesos containerizer
 * runs real processes; docker is a stand-in written in the test, since no docker daemon can run here.
 */
class ComposingContainerizerTest {
    @TempDir
    Path workDir;

    private AgentHarness harness;
    private final AtomicReference<StandInDocker> docker = new AtomicReference<>();

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private void start(String containerizers) throws Exception {
        harness = new AgentHarness(workDir).set("containerizers", containerizers)
                .containerizer("docker", actor -> {
                    docker.set(new StandInDocker(actor));
                    return docker.get();
                }).start();
        harness.master.nextSubscription();
    }

    static TaskInfo dockerTask(String id) {
        return task(id, "echo in-docker").toBuilder()
                .setContainer(ContainerInfo.newBuilder().setType(ContainerInfo.Type.DOCKER)).build();
    }

    @Test
    void aCommandTaskRunsInTheMesosContainerizerAndADockerTaskInDocker() throws Exception {
        start("mesos,docker");
        assertEquals(List.of("recover 0"), docker.get().calls, "every containerizer recovers at start");

        harness.master.send(runTask("plain", "echo from-mesos"));
        harness.nextAcked(TaskState.TASK_STARTING);
        ContainerID plain = harness.nextAcked(TaskState.TASK_RUNNING).getContainerStatus().getContainerId();
        assertEquals("Command exited with status 0", harness.nextAcked(TaskState.TASK_FINISHED).getMessage());
        assertEquals("from-mesos\n", Files.readString(stdout("plain")));

        harness.master.send(runTask(dockerTask("boxed")));
        harness.nextAcked(TaskState.TASK_STARTING);
        ContainerID boxed = harness.nextAcked(TaskState.TASK_RUNNING).getContainerStatus().getContainerId();
        harness.master.send(killTask("boxed"));
        TaskStatus killed = harness.nextAcked(TaskState.TASK_KILLED);

        assertEquals(List.of("recover 0", "launch " + boxed.getValue(), "kill " + boxed.getValue()),
                docker.get().calls, "only the docker task reached docker, and its kill went there too");
        assertFalse(docker.get().calls.contains("launch " + plain.getValue()));
        assertEquals("boxed", killed.getTaskId().getValue());
    }

    @Test
    void aDockerContainerEndsWithTheStatusItsContainerizerReports() throws Exception {
        start("mesos,docker");
        harness.master.send(runTask(dockerTask("boxed")));
        harness.nextAcked(TaskState.TASK_STARTING);
        ContainerID boxed = harness.nextAcked(TaskState.TASK_RUNNING).getContainerStatus().getContainerId();

        docker.get().exit(boxed, 3);

        assertEquals("Command exited with status 3", harness.nextAcked(TaskState.TASK_FAILED).getMessage());
    }

    @Test
    void theOrderOfContainerizersDoesNotStealTasks() throws Exception {
        start("docker,mesos");
        harness.master.send(runTask("plain", "echo asked-docker-first"));
        harness.nextAcked(TaskState.TASK_STARTING);
        harness.nextAcked(TaskState.TASK_RUNNING);
        harness.nextAcked(TaskState.TASK_FINISHED);

        assertEquals("asked-docker-first\n", Files.readString(stdout("plain")));
        assertEquals(List.of("recover 0"), docker.get().calls, "docker declined the command task");
    }

    @Test
    void aDockerTaskWithOnlyTheMesosContainerizerFailsSayingNoContainerizerRunsIt() throws Exception {
        start("mesos");
        harness.master.send(runTask(dockerTask("boxed")));
        harness.nextAcked(TaskState.TASK_STARTING);
        TaskStatus failed = harness.nextAcked(TaskState.TASK_FAILED);

        assertEquals("Failed to launch the command: No containerizer in --containerizers=mesos runs a DOCKER "
                + "container", failed.getMessage());
        assertEquals(TaskStatus.Reason.REASON_CONTAINER_LAUNCH_FAILED, failed.getReason());
        assertTrue(docker.get() == null, "no docker containerizer was made");
    }

    private Path stdout(String task) {
        return workDir.resolve("slaves/agent-1/frameworks/fw-1/executors/" + task + "/runs/latest/stdout");
    }
}
