package io.osmos.protocol;

import static io.osmos.protocol.Wire.assertRoundTrips;
import static io.osmos.protocol.Wire.fromJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.UninitializedMessageException;
import io.osmos.protocol.v1.Protos.ContainerInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scheduler calls written as the Mesos v1 scheduler API documentation shows them. */
class SchedulerCallJsonTest {

  @Test
  void subscribeParsesWithRolesCapabilitiesAndOfferConstraints() {
    Call call = fromJson("""
        {
          "type": "SUBSCRIBE",
          "subscribe": {
            "framework_info": {
              "user": "foo",
              "name": "Example HTTP Framework",
              "roles": ["test1", "test2"],
              "capabilities": [{"type": "MULTI_ROLE"}]
            },
            "suppressed_roles": ["test2"],
            "offer_constraints": {
              "role_constraints": {
                "test1": {"groups": [{"attribute_constraints": [
                  {"selector": {"attribute_name": "foo"}, "predicate": {"exists": {}}}]}]}
              }
            }
          }
        }""", Call.getDefaultInstance());

    assertEquals(Call.Type.SUBSCRIBE, call.getType());
    FrameworkInfo info = call.getSubscribe().getFrameworkInfo();
    assertEquals("foo", info.getUser());
    assertEquals(List.of("test1", "test2"), info.getRolesList());
    assertEquals(FrameworkInfo.Capability.Type.MULTI_ROLE, info.getCapabilities(0).getType());
    assertFalse(info.hasRole(), "the deprecated single role was not sent");
    assertEquals("*", info.getRole(), "Mesos default for the single role");
    assertEquals(List.of("test2"), call.getSubscribe().getSuppressedRolesList());
    assertTrue(call.getSubscribe().getOfferConstraints().getRoleConstraintsMap()
        .get("test1").getGroups(0).getAttributeConstraints(0).getPredicate().hasExists());

    String json = assertRoundTrips(call);
    assertTrue(json.contains("\"framework_info\""), json);
    assertTrue(json.contains("\"suppressed_roles\""), json);
    assertTrue(json.contains("\"MULTI_ROLE\""), json);
  }

  @Test
  void acceptWithLaunchCarriesTasksAndResources() {
    Call call = fromJson("""
        {
          "framework_id": {"value": "12220-3440-12532-2345"},
          "type": "ACCEPT",
          "accept": {
            "offer_ids": [{"value": "12220-3440-12532-O12"}],
            "operations": [{
              "type": "LAUNCH",
              "launch": {"task_infos": [{
                "name": "My Task",
                "task_id": {"value": "12220-3440-12532-my-task"},
                "agent_id": {"value": "12220-3440-12532-S1233"},
                "command": {"shell": true, "value": "sleep 1000"},
                "resources": [
                  {"allocation_info": {"role": "engineering"}, "name": "cpus", "role": "*",
                   "type": "SCALAR", "scalar": {"value": 1.0}},
                  {"allocation_info": {"role": "engineering"}, "name": "ports",
                   "type": "RANGES", "ranges": {"range": [{"begin": 31000, "end": 31009}]}}
                ]
              }]}
            }],
            "filters": {"refuse_seconds": 5.0}
          }
        }""", Call.getDefaultInstance());

    assertEquals("12220-3440-12532-2345", call.getFrameworkId().getValue());
    Offer.Operation launch = call.getAccept().getOperations(0);
    assertEquals(Offer.Operation.Type.LAUNCH, launch.getType());
    TaskInfo task = launch.getLaunch().getTaskInfos(0);
    assertEquals("sleep 1000", task.getCommand().getValue());
    Resource cpus = task.getResources(0);
    assertEquals(Value.Type.SCALAR, cpus.getType());
    assertEquals(1.0, cpus.getScalar().getValue());
    assertEquals("engineering", cpus.getAllocationInfo().getRole());
    Value.Range ports = task.getResources(1).getRanges().getRange(0);
    assertEquals(31000, ports.getBegin());
    assertEquals(31009, ports.getEnd());
    assertEquals(5.0, call.getAccept().getFilters().getRefuseSeconds());

    String json = assertRoundTrips(call);
    assertTrue(json.contains("\"task_infos\""), json);
    assertTrue(json.contains("\"allocation_info\""), json);
    assertTrue(json.contains("\"RANGES\""), json);
  }

  @Test
  void aDockerTaskCarriesItsImageNetworkAndPortMappings() {
    TaskInfo task = fromJson("""
        {
          "name": "web", "task_id": {"value": "web-1"}, "agent_id": {"value": "S1"},
          "command": {"shell": false},
          "container": {
            "type": "DOCKER",
            "docker": {"image": "nginx:1.25", "network": "BRIDGE", "privileged": false,
                       "port_mappings": [{"host_port": 31000, "container_port": 80, "protocol": "tcp"}],
                       "parameters": [{"key": "memory-swap", "value": "-1"}],
                       "force_pull_image": true}
          }
        }""", TaskInfo.getDefaultInstance());

    ContainerInfo.DockerInfo docker = task.getContainer().getDocker();
    assertEquals("nginx:1.25", docker.getImage());
    assertEquals(ContainerInfo.DockerInfo.Network.BRIDGE, docker.getNetwork());
    assertEquals(80, docker.getPortMappings(0).getContainerPort());
    assertEquals(31000, docker.getPortMappings(0).getHostPort());
    assertEquals("memory-swap", docker.getParameters(0).getKey());
    assertTrue(docker.getForcePullImage());
    assertEquals(ContainerInfo.DockerInfo.Network.HOST,
        ContainerInfo.DockerInfo.getDefaultInstance().getNetwork(), "Mesos's default network");
    assertRoundTrips(task);
  }

  @Test
  void declineKeepsFiltersAndDefaultsRefuseSecondsToFive() {
    Call call = fromJson("""
        {
          "framework_id": {"value": "12220-3440-12532-2345"},
          "type": "DECLINE",
          "decline": {
            "offer_ids": [{"value": "12220-3440-12532-O12"}, {"value": "12220-3440-12532-O13"}],
            "filters": {"refuse_seconds": 30.0}
          }
        }""", Call.getDefaultInstance());

    assertEquals(2, call.getDecline().getOfferIdsCount());
    assertEquals(30.0, call.getDecline().getFilters().getRefuseSeconds());
    assertEquals(5.0, Call.Decline.getDefaultInstance().getFilters().getRefuseSeconds());
    assertTrue(assertRoundTrips(call).contains("\"refuse_seconds\": 30.0"));
  }

  @Test
  void acknowledgeDecodesTheBase64Uuid() {
    Call call = fromJson("""
        {
          "framework_id": {"value": "12220-3440-12532-2345"},
          "type": "ACKNOWLEDGE",
          "acknowledge": {
            "agent_id": {"value": "12220-3440-12532-S1233"},
            "task_id": {"value": "12220-3440-12532-my-task"},
            "uuid": "jhadf73jhakdlfha723adf"
          }
        }""", Call.getDefaultInstance());

    byte[] uuid = call.getAcknowledge().getUuid().toByteArray();
    assertEquals(16, uuid.length, "a 22-character unpadded base64 string is a 16-byte UUID");
    // Printed back in padded base64, which Mesos reads as the same bytes.
    String json = assertRoundTrips(call);
    assertTrue(json.contains("\"uuid\": \"" + Base64.getEncoder().encodeToString(uuid) + "\""),
        json);
  }

  @Test
  void explicitNullsParseAsUnset() {
    Call call = fromJson("""
        {
          "framework_id": {"value": "f1"},
          "type": "ACCEPT",
          "accept": {
            "offer_ids": [{"value": "o1"}],
            "operations": [{"type": "LAUNCH", "launch": {"task_infos": [{
              "name": "t", "task_id": {"value": "t1"}, "agent_id": {"value": "a1"},
              "command": {"value": "true"}, "labels": null,
              "resources": [{"name": "mem", "type": "SCALAR", "scalar": {"value": 32},
                             "role": null}]
            }]}}],
            "filters": null
          }
        }""", Call.getDefaultInstance());

    TaskInfo task = call.getAccept().getOperations(0).getLaunch().getTaskInfos(0);
    assertFalse(call.getAccept().hasFilters());
    assertFalse(task.hasLabels());
    assertFalse(task.getResources(0).hasRole());
  }

  @Test
  void unknownFieldsFromNewerClientsAreIgnored() {
    Call call = fromJson("""
        {"type": "REVIVE", "framework_id": {"value": "f1"},
         "revive": {"roles": ["web"], "a_field_from_the_future": {"x": 1}}}""",
        Call.getDefaultInstance());
    assertEquals(List.of("web"), call.getRevive().getRolesList());
  }

  @Test
  void missingRequiredFieldIsNamedInTheError() {
    // The JSON parser names the innermost missing field only.
    IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
        () -> fromJson("""
            {"type": "SUBSCRIBE", "subscribe": {"framework_info": {"name": "no user"}}}""",
            Call.getDefaultInstance()));
    assertTrue(nested.getMessage().contains("missing required fields: user"), nested.getMessage());

    // Building a message in code names the path below it.
    UninitializedMessageException built = assertThrows(UninitializedMessageException.class,
        () -> Call.Subscribe.newBuilder()
            .setFrameworkInfo(FrameworkInfo.newBuilder().setName("no user").buildPartial())
            .build());
    assertEquals("Message missing required fields: framework_info.user", built.getMessage());
  }

  @Test
  void unknownEnumNameLeavesTheFieldUnset() {
    // With unknown fields ignored, an unknown enum name is dropped too: the endpoint sees a
    // call without a type and must reject it as such.
    Call call = fromJson("{\"type\": \"LAUNCH_ROCKETS\"}", Call.getDefaultInstance());
    assertFalse(call.hasType());
    assertEquals(Call.Type.UNKNOWN, call.getType());
  }
}
