package io.osmos.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.master.MasterClient;
import io.osmos.agent.testing.TestConfig;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** An agent on its own work_dir, talking to a {@link FakeMaster} over loopback, and the events to send it. */
final class AgentHarness implements AutoCloseable {
    static final FrameworkID FRAMEWORK_ID = FrameworkID.newBuilder().setValue("fw-1").build();
    static final FrameworkInfo FRAMEWORK = FrameworkInfo.newBuilder().setUser("nobody").setName("test").build();
    static final String RESOURCES = "cpus:2;mem:1024;disk:2048;ports:[31000-31009]";
    static final AgentEvent PING = AgentEvent.newBuilder().setType(AgentEvent.Type.PING).build();

    final FakeMaster master = new FakeMaster();
    final Agent agent;
    private final MasterClient client = new MasterClient();

    AgentHarness(Path workDir) {
        this(workDir, 0);
    }

    /** @param refusals how many subscriptions the master turns away first */
    AgentHarness(Path workDir, int refusals) {
        master.refusals.set(refusals);
        AgentSettings settings = AgentSettings.from(new TestConfig()
                .set("master", "127.0.0.1:" + master.port())
                .set("work_dir", workDir.toString())
                .set("resources", RESOURCES)
                .set("attributes", "rack:r1;level:3")
                .set("hostname", "agent.test")
                .set("registration_backoff_factor", "10ms")
                .build(), 5051);
        agent = new Agent(settings, "test", client);
    }

    AgentHarness start() {
        agent.start();
        return this;
    }

    /** The next call must be a STATUS_UPDATE of fw-1 in the expected state; returns its status. */
    TaskStatus nextUpdate(TaskState expected) throws InterruptedException {
        AgentCall call = master.nextCall();
        assertEquals(AgentCall.Type.STATUS_UPDATE, call.getType());
        assertEquals(FakeMaster.AGENT_ID, call.getAgentId());
        assertEquals(FRAMEWORK_ID, call.getStatusUpdate().getFrameworkId());
        assertEquals(expected, call.getStatusUpdate().getStatus().getState());
        return call.getStatusUpdate().getStatus();
    }

    @Override
    public void close() throws Exception {
        agent.stop().get(10, TimeUnit.SECONDS);
        client.close();
        master.close();
    }

    static AgentEvent ack(TaskStatus status) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.ACKNOWLEDGE_STATUS).setAcknowledgeStatus(
                AgentEvent.AcknowledgeStatus.newBuilder().setFrameworkId(FRAMEWORK_ID).setTaskId(status.getTaskId())
                        .setUuid(status.getUuid())).build();
    }

    static AgentEvent runTask(String id, String command) {
        return runTask(TaskInfo.newBuilder().setName(id).setTaskId(taskId(id)).setAgentId(FakeMaster.AGENT_ID)
                .setCommand(CommandInfo.newBuilder().setValue(command)).build());
    }

    static AgentEvent runTask(TaskInfo task) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.RUN_TASK).setRunTask(AgentEvent.RunTask.newBuilder()
                .setFrameworkId(FRAMEWORK_ID).setFramework(FRAMEWORK).setTask(task)).build();
    }

    static AgentEvent killTask(String id) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.KILL_TASK).setKillTask(AgentEvent.KillTask
                .newBuilder().setFrameworkId(FRAMEWORK_ID).setTaskId(taskId(id))).build();
    }

    static TaskID taskId(String value) {
        return TaskID.newBuilder().setValue(value).build();
    }
}
