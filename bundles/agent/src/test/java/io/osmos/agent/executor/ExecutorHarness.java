package io.osmos.agent.executor;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.osmos.agent.checkpoint.Checkpointer;
import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.containerizer.Isolators;
import io.osmos.agent.containerizer.MesosContainerizer;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.agent.testing.TestConfig;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.actor.Actors;
import io.osmos.runtime.flags.Durations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Command tasks on their own actor with a real containerizer (no isolators), every status update
 * they report collected in order, as the agent would receive them.
 */
final class ExecutorHarness implements AutoCloseable, ExecutorHost {
    static final AgentID AGENT = AgentID.newBuilder().setValue("agent-1").build();
    static final FrameworkID FRAMEWORK_ID = FrameworkID.newBuilder().setValue("fw-1").build();
    static final FrameworkInfo FRAMEWORK = FrameworkInfo.newBuilder().setUser(System.getProperty("user.name")).setName("test")
            .setId(FRAMEWORK_ID).build();

    final Path workDir;
    final CommandTasks commands;
    final ExecutorControl control;
    final MesosContainerizer containerizer;
    private final Actor actor = Actors.spawn("test-agent");
    private final BlockingQueue<TaskStatus> updates = new LinkedBlockingQueue<>();

    ExecutorHarness(Path workDir, Duration defaultKillGrace) {
        this.workDir = workDir;
        AgentSettings settings = AgentSettings.from(new TestConfig().set("master", "127.0.0.1:5050")
                .set("work_dir", workDir.toString()).set("resources", "cpus:1;mem:128;disk:128;ports:[1-2]")
                .set("isolation", "").set("task_kill_grace_period", Durations.format(defaultKillGrace)).build(), 5051);
        containerizer = new MesosContainerizer(actor, workDir, new Isolators(), List.of());
        ExecutorContext context = new ExecutorContext(actor, settings, containerizer, new Checkpointer(workDir),
                new AgentHooks(), new ExecutorRegistry(), this, UriFetcher.NONE, ExecutorObserver.NONE);
        commands = new CommandTasks(context);
        control = new ExecutorControl(context, commands, new CustomExecutors(context), new DefaultExecutors(context));
    }

    void launch(FrameworkInfo framework, TaskInfo task) throws Exception {
        on(() -> {
            commands.launch(framework, task);
            return null;
        });
    }

    boolean kill(String task, Optional<KillPolicy> override) throws Exception {
        return on(() -> control.kill(new TaskKey(FRAMEWORK_ID, id(task)), override));
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
            containerizer.containers().forEach(id -> containerizer.kill(id, Duration.ZERO));
            return null;
        });
        actor.stop();
    }

    @Override
    public AgentID agentId() {
        return AGENT;
    }

    @Override
    public AgentInfo agentInfo() {
        return AgentInfo.newBuilder().setId(AGENT).setHostname("agent.test").build();
    }

    @Override
    public void statusUpdate(Executor executor, TaskStatus status) {
        executor.task(status.getTaskId()).filter(t -> !t.isTerminal()).ifPresent(t -> t.latest(status));
        updates.add(status);
    }

    @Override
    public void send(AgentCall call) {
    }

    @Override
    public void executorTerminated(Executor executor) {
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
