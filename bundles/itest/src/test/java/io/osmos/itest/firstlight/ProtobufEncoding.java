package io.osmos.itest.firstlight;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;

/** Calls and events as binary Mesos v1 protobuf messages ({@code application/x-protobuf}). */
final class ProtobufEncoding implements Encoding {
  @Override
  public String mediaType() {
    return "application/x-protobuf";
  }

  @Override
  public Event decodeEvent(byte[] record) throws IOException {
    return Event.parseFrom(record);
  }

  @Override
  public byte[] subscribe(String user, String name) {
    FrameworkInfo info = FrameworkInfo.newBuilder()
        .setUser(user)
        .setName(name)
        .addRoles("*")
        .addCapabilities(FrameworkInfo.Capability.newBuilder()
            .setType(FrameworkInfo.Capability.Type.MULTI_ROLE))
        .build();
    return Call.newBuilder()
        .setType(Call.Type.SUBSCRIBE)
        .setSubscribe(Call.Subscribe.newBuilder().setFrameworkInfo(info))
        .build().toByteArray();
  }

  @Override
  public byte[] launch(FrameworkID framework, Offer offer, List<TaskSpec> tasks, OptionalDouble refuseSeconds) {
    Offer.Operation.Launch.Builder launch = Offer.Operation.Launch.newBuilder();
    for (TaskSpec task : tasks) {
      launch.addTaskInfos(TaskInfo.newBuilder()
          .setName(task.taskId())
          .setTaskId(TaskID.newBuilder().setValue(task.taskId()))
          .setAgentId(offer.getAgentId())
          .setCommand(CommandInfo.newBuilder().setShell(true).setValue(task.command()))
          .addResources(scalar(TaskSpec.offered(offer, "cpus"), task.cpus()))
          .addResources(scalar(TaskSpec.offered(offer, "mem"), task.mem())));
    }
    Call.Accept.Builder accept = Call.Accept.newBuilder()
        .addOfferIds(offer.getId())
        .addOperations(Offer.Operation.newBuilder()
            .setType(Offer.Operation.Type.LAUNCH)
            .setLaunch(launch));
    refuseSeconds.ifPresent(seconds -> accept.setFilters(Filters.newBuilder().setRefuseSeconds(seconds)));
    return call(framework, Call.Type.ACCEPT).setAccept(accept).build().toByteArray();
  }

  @Override
  public byte[] decline(FrameworkID framework, List<OfferID> offers, double refuseSeconds) {
    return call(framework, Call.Type.DECLINE)
        .setDecline(Call.Decline.newBuilder()
            .addAllOfferIds(offers)
            .setFilters(Filters.newBuilder().setRefuseSeconds(refuseSeconds)))
        .build().toByteArray();
  }

  @Override
  public byte[] revive(FrameworkID framework) {
    return call(framework, Call.Type.REVIVE).build().toByteArray();
  }

  @Override
  public byte[] kill(FrameworkID framework, TaskID task, AgentID agent) {
    return call(framework, Call.Type.KILL)
        .setKill(Call.Kill.newBuilder().setTaskId(task).setAgentId(agent))
        .build().toByteArray();
  }

  @Override
  public byte[] acknowledge(FrameworkID framework, TaskStatus status) {
    return call(framework, Call.Type.ACKNOWLEDGE)
        .setAcknowledge(Call.Acknowledge.newBuilder()
            .setAgentId(status.getAgentId())
            .setTaskId(status.getTaskId())
            .setUuid(status.getUuid()))
        .build().toByteArray();
  }

  @Override
  public byte[] reconcile(FrameworkID framework) {
    return call(framework, Call.Type.RECONCILE)
        .setReconcile(Call.Reconcile.getDefaultInstance())
        .build().toByteArray();
  }

  @Override
  public byte[] teardown(FrameworkID framework) {
    return call(framework, Call.Type.TEARDOWN).build().toByteArray();
  }

  private static Call.Builder call(FrameworkID framework, Call.Type type) {
    return Call.newBuilder().setFrameworkId(framework).setType(type);
  }

  private static Resource scalar(Resource offered, double value) {
    return offered.toBuilder().setScalar(Value.Scalar.newBuilder().setValue(value)).build();
  }
}
