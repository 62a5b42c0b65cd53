package io.osmos.itest.firstlight;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.protobuf.util.JsonFormat;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Calls written as the JSON text of the Mesos scheduler HTTP API documentation, the way a framework
 * in any language (or curl) writes them; events parsed strictly into the Mesos messages, so a field
 * name the master gets wrong fails the test.
 */
final class JsonEncoding implements Encoding {
  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public Event decodeEvent(byte[] record) throws IOException {
    Event.Builder event = Event.newBuilder();
    JsonFormat.parser().merge(new String(record, StandardCharsets.UTF_8), event);
    return event.build();
  }

  @Override
  public byte[] subscribe(String user, String name) {
    JsonObject info = new JsonObject();
    info.addProperty("user", user);
    info.addProperty("name", name);
    info.add("roles", array("*"));
    JsonArray capabilities = new JsonArray();
    capabilities.add(object("type", "MULTI_ROLE"));
    info.add("capabilities", capabilities);
    JsonObject subscribe = new JsonObject();
    subscribe.add("framework_info", info);
    JsonObject call = new JsonObject();
    call.addProperty("type", "SUBSCRIBE");
    call.add("subscribe", subscribe);
    return bytes(call);
  }

  @Override
  public byte[] launch(FrameworkID framework, Offer offer, List<TaskSpec> tasks, OptionalDouble refuseSeconds) {
    JsonArray taskInfos = new JsonArray();
    for (TaskSpec task : tasks) {
      JsonObject info = new JsonObject();
      info.addProperty("name", task.taskId());
      info.add("task_id", id(task.taskId()));
      info.add("agent_id", id(offer.getAgentId().getValue()));
      JsonObject command = new JsonObject();
      command.addProperty("shell", true);
      command.addProperty("value", task.command());
      info.add("command", command);
      JsonArray resources = new JsonArray();
      resources.add(scalar(TaskSpec.offered(offer, "cpus"), task.cpus()));
      resources.add(scalar(TaskSpec.offered(offer, "mem"), task.mem()));
      info.add("resources", resources);
      taskInfos.add(info);
    }
    JsonObject launch = new JsonObject();
    launch.add("task_infos", taskInfos);
    JsonObject operation = object("type", "LAUNCH");
    operation.add("launch", launch);
    JsonObject accept = new JsonObject();
    JsonArray offerIds = new JsonArray();
    offerIds.add(id(offer.getId().getValue()));
    accept.add("offer_ids", offerIds);
    JsonArray operations = new JsonArray();
    operations.add(operation);
    accept.add("operations", operations);
    refuseSeconds.ifPresent(seconds -> accept.add("filters", filters(seconds)));
    return call(framework, "ACCEPT", "accept", accept);
  }

  @Override
  public byte[] decline(FrameworkID framework, List<OfferID> offers, double refuseSeconds) {
    JsonObject decline = new JsonObject();
    JsonArray offerIds = new JsonArray();
    offers.forEach(offer -> offerIds.add(id(offer.getValue())));
    decline.add("offer_ids", offerIds);
    decline.add("filters", filters(refuseSeconds));
    return call(framework, "DECLINE", "decline", decline);
  }

  @Override
  public byte[] revive(FrameworkID framework) {
    return call(framework, "REVIVE", null, null);
  }

  @Override
  public byte[] kill(FrameworkID framework, TaskID task, AgentID agent) {
    JsonObject kill = new JsonObject();
    kill.add("task_id", id(task.getValue()));
    kill.add("agent_id", id(agent.getValue()));
    return call(framework, "KILL", "kill", kill);
  }

  @Override
  public byte[] acknowledge(FrameworkID framework, TaskStatus status) {
    JsonObject acknowledge = new JsonObject();
    acknowledge.add("agent_id", id(status.getAgentId().getValue()));
    acknowledge.add("task_id", id(status.getTaskId().getValue()));
    // protobuf bytes travel as base64 in Mesos JSON
    acknowledge.addProperty("uuid", Base64.getEncoder().encodeToString(status.getUuid().toByteArray()));
    return call(framework, "ACKNOWLEDGE", "acknowledge", acknowledge);
  }

  @Override
  public byte[] reconcile(FrameworkID framework) {
    JsonObject reconcile = new JsonObject();
    reconcile.add("tasks", new JsonArray());
    return call(framework, "RECONCILE", "reconcile", reconcile);
  }

  @Override
  public byte[] teardown(FrameworkID framework) {
    return call(framework, "TEARDOWN", null, null);
  }

  private static byte[] call(FrameworkID framework, String type, String field, JsonObject body) {
    JsonObject call = new JsonObject();
    call.add("framework_id", id(framework.getValue()));
    call.addProperty("type", type);
    if (field != null) {
      call.add(field, body);
    }
    return bytes(call);
  }

  // `role` is deprecated in Mesos, yet an offer that carries it must be answered in kind
  @SuppressWarnings("deprecation")
  private static JsonObject scalar(Resource offered, double value) {
    JsonObject resource = new JsonObject();
    resource.addProperty("name", offered.getName());
    resource.addProperty("type", "SCALAR");
    resource.add("scalar", number("value", value));
    if (offered.hasRole()) {
      resource.addProperty("role", offered.getRole());
    }
    if (offered.hasAllocationInfo()) {
      resource.add("allocation_info", object("role", offered.getAllocationInfo().getRole()));
    }
    return resource;
  }

  private static JsonObject filters(double refuseSeconds) {
    return number("refuse_seconds", refuseSeconds);
  }

  private static JsonObject id(String value) {
    return object("value", value);
  }

  private static JsonObject object(String key, String value) {
    JsonObject object = new JsonObject();
    object.addProperty(key, value);
    return object;
  }

  private static JsonObject number(String key, double value) {
    JsonObject object = new JsonObject();
    object.addProperty(key, value);
    return object;
  }

  private static JsonArray array(String value) {
    JsonArray array = new JsonArray();
    array.add(value);
    return array;
  }

  private static byte[] bytes(JsonObject call) {
    return call.toString().getBytes(StandardCharsets.UTF_8);
  }
}
