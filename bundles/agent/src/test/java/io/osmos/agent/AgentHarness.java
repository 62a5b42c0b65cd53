package io.osmos.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.agent.config.AgentConfig;
import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.config.FlagValues;
import io.osmos.agent.containerizer.Containerizer;
import io.osmos.agent.containerizer.Isolators;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.agent.isolator.posix.PosixCpuIsolator;
import io.osmos.agent.isolator.posix.PosixMemIsolator;
import io.osmos.agent.master.MasterClient;
import io.osmos.agent.testing.TestConfig;
import io.osmos.api.isolator.Isolator;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.agent.testing.Await;
import io.osmos.agent.testing.Leftovers;
import java.nio.file.Path;
import java.time.Duration;
import io.osmos.runtime.actor.Actor;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;

/**
 * An agent on its own work_dir, talking to a {@link FakeMaster} over loopback, and the events to send
 * it. The agent's own endpoints are served by the fake master's HTTP server under /slave(1), as in
 * local mode, so executors reach it for real. {@link #restart} simulates kill -9 of the agent and a
 * new agent on the same work_dir.
 */
final class AgentHarness implements AutoCloseable {
    static final FrameworkID FRAMEWORK_ID = FrameworkID.newBuilder().setValue("fw-1").build();
    static final FrameworkInfo FRAMEWORK = FrameworkInfo.newBuilder()
            .setUser(System.getProperty("user.name")).setName("test").build();
    static final FrameworkInfo CHECKPOINTING = FRAMEWORK.toBuilder().setCheckpoint(true).build();
    static final String RESOURCES = "cpus:2;mem:1024;disk:2048;ports:[31000-31009]";
    static final String PREFIX = "/slave(1)";
    static final AgentEvent PING = AgentEvent.newBuilder().setType(AgentEvent.Type.PING).build();

    final FakeMaster master;
    final Isolators isolators = new Isolators();
    final AgentHooks hooks = new AgentHooks();
    private final Path workDir;
    private final TestConfig config = new TestConfig();
    Map<String, String> processFlags = Map.of(); // what the launcher would put in PID io.osmos.flags
    private final PosixCpuIsolator cpu = new PosixCpuIsolator();
    private final PosixMemIsolator mem = new PosixMemIsolator();
    private MasterClient client;
    private boolean withSandboxServices;
    private final Map<String, Function<Actor, Containerizer>> containerizers = new HashMap<>();
    private SandboxServices sandboxes;
    Agent agent;

    AgentHarness(Path workDir) {
        this(workDir, 0);
    }

    /** @param refusals how many subscriptions the master turns away first */
    AgentHarness(Path workDir, int refusals) {
        this(workDir, new FakeMaster());
        master.refusals.set(refusals);
    }

    /** An agent for a master that is already there, e.g. one another agent process talked to. */
    AgentHarness(Path workDir, FakeMaster master) {
        this.master = master;
        this.workDir = workDir;
        config.set("master", "127.0.0.1:" + master.port()).set("work_dir", workDir.toString())
                .set("resources", RESOURCES).set("attributes", "rack:r1;level:3").set("hostname", "agent.test")
                .set("advertise_port", 5051).set("http_prefix", PREFIX).set("registration_backoff_factor", "10ms");
        isolators.add("posix/cpu", cpu);
        isolators.add("posix/mem", mem);
    }

    AgentHarness set(String key, Object value) {
        config.set(key, value);
        return this;
    }

    AgentHarness isolator(String name, Isolator isolator) {
        isolators.add(name, isolator);
        return this;
    }

    /** A containerizer that replaces the built-in one of that name in --containerizers. */
    AgentHarness containerizer(String name, Function<Actor, Containerizer> make) {
        containerizers.put(name, make);
        return this;
    }

    /** The real fetcher, files API and garbage collector, as the agent component wires them. */
    AgentHarness withSandboxServices() {
        withSandboxServices = true;
        return this;
    }

    AgentHarness start() throws Exception {
        AgentConfig built = config.build();
        AgentSettings settings = AgentSettings.from(built, master.address());
        client = new MasterClient();
        AgentParts parts = AgentParts.of(isolators, hooks);
        if (withSandboxServices) {
            closeSandboxes();
            sandboxes = new SandboxServices(settings);
            parts = sandboxes.parts(isolators, hooks);
        }
        for (Map.Entry<String, Function<Actor, Containerizer>> c : containerizers.entrySet()) {
            parts = parts.withContainerizer(c.getKey(), c.getValue());
        }
        agent = new Agent(settings, "test", client, parts);
        agent.flags(() -> FlagValues.of(built, settings, processFlags));
        master.serve(PREFIX, agent);
        if (sandboxes != null) {
            master.route("files", sandboxes.files().servicePath(), sandboxes.files());
        }
        agent.start().get(30, TimeUnit.SECONDS);
        return this;
    }

    /** The agent process dies (nothing of it runs any more, its tasks stay) and a new one starts. */
    AgentHarness restart() throws Exception {
        agent.halt();
        client.close();
        return start();
    }

    /** The next call must be a STATUS_UPDATE of fw-1 in the expected state; returns its status. */
    TaskStatus nextUpdate(TaskState expected) throws InterruptedException {
        AgentCall call = master.nextCall();
        assertEquals(AgentCall.Type.STATUS_UPDATE, call.getType(), () -> "got " + call);
        assertEquals(FakeMaster.AGENT_ID, call.getAgentId());
        assertEquals(FRAMEWORK_ID, call.getStatusUpdate().getFrameworkId());
        TaskStatus status = call.getStatusUpdate().getStatus();
        assertEquals(expected, status.getState(), () -> "got " + status);
        return status;
    }

    /** The next update must be in the expected state; it is acknowledged, and the agent has taken that in. */
    TaskStatus nextAcked(TaskState expected) throws InterruptedException {
        TaskStatus status = nextUpdate(expected);
        master.send(ack(status));
        Await.until("the agent to take the acknowledgement in", Duration.ofSeconds(10), () -> agent.tasks().join()
                .stream().noneMatch(t -> t.getStatusUpdateUuid().equals(status.getUuid())));
        return status;
    }

    @Override
    public void close() throws Exception {
        if (agent != null) {
            agent.stop().get(10, TimeUnit.SECONDS);
        }
        if (client != null) {
            client.close();
        }
        master.close();
        closeSandboxes();
        cpu.close();
        mem.close();
        Leftovers.kill(workDir);
    }

    private void closeSandboxes() {
        if (sandboxes != null) {
            sandboxes.close();
            sandboxes = null;
        }
    }

    static AgentEvent ack(TaskStatus status) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.ACKNOWLEDGE_STATUS).setAcknowledgeStatus(
                AgentEvent.AcknowledgeStatus.newBuilder().setFrameworkId(FRAMEWORK_ID).setTaskId(status.getTaskId())
                        .setUuid(status.getUuid())).build();
    }

    static AgentEvent runTask(String id, String command) {
        return runTask(task(id, command));
    }

    static TaskInfo task(String id, String command) {
        return TaskInfo.newBuilder().setName(id).setTaskId(taskId(id)).setAgentId(FakeMaster.AGENT_ID)
                .setCommand(CommandInfo.newBuilder().setValue(command)).build();
    }

    static AgentEvent runTask(TaskInfo task) {
        return runTask(task, FRAMEWORK);
    }

    static AgentEvent runTask(TaskInfo task, FrameworkInfo framework) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.RUN_TASK).setRunTask(AgentEvent.RunTask.newBuilder()
                .setFrameworkId(FRAMEWORK_ID).setFramework(framework).setTask(task)).build();
    }

    static AgentEvent killTask(String id) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.KILL_TASK).setKillTask(AgentEvent.KillTask
                .newBuilder().setFrameworkId(FRAMEWORK_ID).setTaskId(taskId(id))).build();
    }

    static TaskID taskId(String value) {
        return TaskID.newBuilder().setValue(value).build();
    }
}
