package io.osmos.protocol;

import static io.osmos.protocol.Wire.assertRoundTrips;
import static io.osmos.protocol.Wire.fromJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.MasterInfo;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import org.junit.jupiter.api.Test;

/** The master-agent protocol in the exchanges the first cluster depends on. */
class InternalProtocolTest {

  private static final AgentID AGENT = AgentID.newBuilder().setValue("a-1").build();
  private static final FrameworkID FRAMEWORK = FrameworkID.newBuilder().setValue("fw-1").build();
  private static final TaskID TASK = TaskID.newBuilder().setValue("t-1").build();
  private static final ByteString UUID = ByteString.copyFromUtf8("0123456789abcdef");

  @Test
  void registerIsReadableAsJson() {
    AgentCall call = fromJson("""
        {"type": "REGISTER", "register": {
          "agent_info": {"hostname": "node1", "port": 5051,
                         "resources": [{"name": "cpus", "type": "SCALAR", "scalar": {"value": 4}}]},
          "version": "0.1.0"}}""", AgentCall.getDefaultInstance());

    assertEquals(AgentCall.Type.REGISTER, call.getType());
    assertEquals("node1", call.getRegister().getAgentInfo().getHostname());
    assertTrue(assertRoundTrips(call).contains("\"agent_info\""));
  }

  @Test
  void reregisterListsRunningTasksExecutorsAndFrameworks() {
    FrameworkInfo framework = FrameworkInfo.newBuilder()
        .setUser("root").setName("sleepers").setId(FRAMEWORK).addRoles("web").build();
    AgentCall call = AgentCall.newBuilder()
        .setType(AgentCall.Type.REREGISTER)
        .setAgentId(AGENT)
        .setReregister(AgentCall.Reregister.newBuilder()
            .setAgentInfo(AgentInfo.newBuilder().setHostname("node1").setId(AGENT))
            .addFrameworks(framework)
            .addTasks(Task.newBuilder().setName("sleep").setTaskId(TASK).setFrameworkId(FRAMEWORK)
                .setAgentId(AGENT).setState(TaskState.TASK_RUNNING)
                .setStatusUpdateState(TaskState.TASK_RUNNING).setStatusUpdateUuid(UUID)))
        .build();

    String json = assertRoundTrips(call);
    assertTrue(json.contains("\"status_update_uuid\""), json);
    assertTrue(json.contains("\"TASK_RUNNING\""), json);
  }

  @Test
  void statusUpdateAndItsAcknowledgementShareTheUuid() {
    AgentCall update = AgentCall.newBuilder()
        .setType(AgentCall.Type.STATUS_UPDATE)
        .setAgentId(AGENT)
        .setStatusUpdate(AgentCall.StatusUpdate.newBuilder()
            .setFrameworkId(FRAMEWORK)
            .setStatus(TaskStatus.newBuilder().setTaskId(TASK).setState(TaskState.TASK_RUNNING)
                .setSource(TaskStatus.Source.SOURCE_EXECUTOR).setAgentId(AGENT).setUuid(UUID))
            .setLatestState(TaskState.TASK_FINISHED))
        .build();
    AgentEvent ack = AgentEvent.newBuilder()
        .setType(AgentEvent.Type.ACKNOWLEDGE_STATUS)
        .setAcknowledgeStatus(AgentEvent.AcknowledgeStatus.newBuilder()
            .setFrameworkId(FRAMEWORK).setTaskId(TASK)
            .setUuid(update.getStatusUpdate().getStatus().getUuid()))
        .build();

    assertRoundTrips(update);
    assertTrue(assertRoundTrips(ack).contains("\"acknowledge_status\""));
    assertEquals(UUID, ack.getAcknowledgeStatus().getUuid());
  }

  @Test
  void registeredThenRunTaskArriveOnTheStream() {
    AgentEvent registered = AgentEvent.newBuilder()
        .setType(AgentEvent.Type.REGISTERED)
        .setRegistered(AgentEvent.Registered.newBuilder().setAgentId(AGENT)
            .setMasterInfo(MasterInfo.newBuilder().setId("m-1").setIp(0).setPort(5050))
            .setHeartbeatIntervalSeconds(15))
        .build();
    AgentEvent runTask = AgentEvent.newBuilder()
        .setType(AgentEvent.Type.RUN_TASK)
        .setRunTask(AgentEvent.RunTask.newBuilder()
            .setFrameworkId(FRAMEWORK)
            .setFramework(FrameworkInfo.newBuilder().setUser("root").setName("f").setId(FRAMEWORK))
            .setTask(TaskInfo.newBuilder().setName("sleep").setTaskId(TASK).setAgentId(AGENT)
                .setCommand(CommandInfo.newBuilder().setValue("sleep 5"))))
        .build();

    assertTrue(assertRoundTrips(registered).contains("\"heartbeat_interval_seconds\": 15.0"));
    assertTrue(assertRoundTrips(runTask).contains("\"run_task\""));
  }
}
