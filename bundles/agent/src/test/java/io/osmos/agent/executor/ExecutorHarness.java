package io.osmos.agent.executor;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.actor.Actors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A command executor on its own actor, with every status update it reports collected in order. */
final class ExecutorHarness implements AutoCloseable {
    static final AgentID AGENT = AgentID.newBuilder().setValue("agent-1").build();
    static final FrameworkID FRAMEWORK_ID = FrameworkID.newBuilder().setValue("fw-1").build();
    static final FrameworkInfo FRAMEWORK = FrameworkInfo.newBuilder().setUser("nobody").setName("test")
            .setId(FRAMEWORK_ID).build();

    final Path workDir;
    final CommandExecutor executor;
    private final Actor actor = Actors.spawn("test-agent");
    private final BlockingQueue<TaskStatus> updates = new LinkedBlockingQueue<>();

    ExecutorHarness(Path workDir, Duration defaultKillGrace) {
        this.workDir = workDir;
        this.executor = new CommandExecutor(actor, workDir, defaultKillGrace, (framework, status) -> updates.add(status));
    }

    void launch(FrameworkInfo framework, TaskInfo task) throws Exception {
        on(() -> {
            executor.launch(AGENT, framework, task);
            return null;
        });
    }

    /** Runs the call on the executor's actor, as the agent would. */
    <T> T on(Callable<T> call) throws Exception {
        return actor.ask(call).get(10, TimeUnit.SECONDS);
    }

    TaskStatus next() throws InterruptedException {
        TaskStatus status = updates.poll(20, TimeUnit.SECONDS);
        assertNotNull(status, "no status update within 20 s");
        return status;
    }

    /** The sandbox of a task's newest run. */
    Path sandbox(String taskId) {
        return workDir.resolve("slaves/agent-1/frameworks/fw-1/executors/" + taskId + "/runs/latest");
    }

    @Override
    public void close() throws Exception {
        on(() -> {
            executor.destroyAll();
            return null;
        });
        actor.stop();
    }

    static boolean hasContent(Path file) {
        try {
            return Files.exists(file) && !Files.readString(file).isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    static TaskID id(String value) {
        return TaskID.newBuilder().setValue(value).build();
    }

    static CommandInfo shell(String command) {
        return CommandInfo.newBuilder().setValue(command).build();
    }

    static TaskInfo task(String id, CommandInfo command) {
        return TaskInfo.newBuilder().setName(id).setTaskId(id(id)).setAgentId(AGENT).setCommand(command).build();
    }
}
