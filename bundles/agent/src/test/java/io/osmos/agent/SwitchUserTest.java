package io.osmos.agent;

import static io.osmos.agent.AgentHarness.FRAMEWORK;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.AgentHarness.task;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --switch_user: a task runs as its command's user, else its framework's, when the agent runs as
 * root (as these tests usually do); an agent that is not root can run tasks only as itself. Both
 * cases are asserted, whichever user the tests run as.
 */
class SwitchUserTest {
    private static final String AGENT_USER = System.getProperty("user.name");
    private static final boolean ROOT = AGENT_USER.equals("root");

    @TempDir
    Path workDir;

    private AgentHarness harness;

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private void start(boolean switchUser) throws Exception {
        harness = new AgentHarness(workDir).set("switch_user", switchUser).start();
        harness.master.nextSubscription();
    }

    private static FrameworkInfo frameworkOf(String user) {
        return FRAMEWORK.toBuilder().setUser(user).build();
    }

    /** Runs the task to its end; returns its terminal status. */
    private TaskStatus run(TaskInfo task, FrameworkInfo framework) throws Exception {
        harness.master.send(runTask(task, framework));
        harness.nextAcked(TaskState.TASK_STARTING);
        TaskStatus next = harness.master.nextCall().getStatusUpdate().getStatus();
        harness.master.send(AgentHarness.ack(next));
        return next.getState() == TaskState.TASK_RUNNING ? harness.nextAcked(TaskState.TASK_FINISHED) : next;
    }

    @Test
    void aTaskRunsAsItsFrameworksUserInASandboxThatUserOwns() throws Exception {
        start(true);
        TaskStatus end = run(task("t1", "id -un; touch mine"), frameworkOf("nobody"));

        if (ROOT) {
            assertEquals(TaskState.TASK_FINISHED, end.getState(), end::getMessage);
            assertEquals("nobody\n", Files.readString(sandbox("t1").resolve("stdout")));
            assertEquals("nobody", Files.getOwner(sandbox("t1")).getName());
            assertEquals("nobody", Files.getOwner(sandbox("t1").resolve("mine")).getName());
        } else {
            assertEquals(TaskState.TASK_FAILED, end.getState());
            assertEquals("Failed to launch the command: cannot run as user 'nobody': the agent runs as '"
                    + AGENT_USER + "', not root, so it cannot switch users (--switch_user)", end.getMessage());
        }
    }

    @Test
    void theCommandsUserComesBeforeTheFrameworks() throws Exception {
        start(true);
        TaskInfo task = task("t1", "id -un").toBuilder()
                .setCommand(CommandInfo.newBuilder().setValue("id -un").setUser(AGENT_USER)).build();

        TaskStatus end = run(task, frameworkOf("nobody"));

        assertEquals(TaskState.TASK_FINISHED, end.getState(), end::getMessage);
        assertEquals(AGENT_USER + "\n", Files.readString(sandbox("t1").resolve("stdout")));
    }

    @Test
    void aUserThatDoesNotExistFailsTheTaskNamingThem() throws Exception {
        start(true);
        TaskStatus end = run(task("t1", "echo never"), frameworkOf("no-such-user-osmos"));

        assertEquals(TaskState.TASK_FAILED, end.getState());
        assertEquals("Failed to launch the command: user 'no-such-user-osmos' does not exist on this agent",
                end.getMessage());
        assertEquals(TaskStatus.Reason.REASON_CONTAINER_LAUNCH_FAILED, end.getReason());
        assertEquals("", Files.readString(sandbox("t1").resolve("stdout")), "nothing ran");
    }

    @Test
    void withoutSwitchUserEveryTaskRunsAsTheAgentsUser() throws Exception {
        start(false);
        TaskInfo task = task("t1", "id -un").toBuilder()
                .setCommand(CommandInfo.newBuilder().setValue("id -un").setUser("nobody")).build();

        TaskStatus end = run(task, frameworkOf("no-such-user-osmos"));

        assertEquals(TaskState.TASK_FINISHED, end.getState(), end::getMessage);
        assertEquals(AGENT_USER + "\n", Files.readString(sandbox("t1").resolve("stdout")));
        assertEquals(AGENT_USER, Files.getOwner(sandbox("t1")).getName());
    }

    private Path sandbox(String task) {
        return workDir.resolve("slaves/agent-1/frameworks/fw-1/executors/" + task + "/runs/latest");
    }
}
