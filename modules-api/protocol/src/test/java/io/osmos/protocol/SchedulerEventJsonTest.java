package io.osmos.protocol;

import static io.osmos.protocol.Wire.assertRoundTrips;
import static io.osmos.protocol.Wire.fromJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.MasterInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scheduler events as a Mesos v1 framework expects to read them. */
class SchedulerEventJsonTest {

  @Test
  void subscribedEventFromTheDocumentationParses() {
    Event event = fromJson("""
        {
          "type": "SUBSCRIBED",
          "subscribed": {
            "framework_id": {"value": "12220-3440-12532-2345"},
            "heartbeat_interval_seconds": 15
          }
        }""", Event.getDefaultInstance());

    assertEquals(Event.Type.SUBSCRIBED, event.getType());
    assertEquals(15.0, event.getSubscribed().getHeartbeatIntervalSeconds());
    assertRoundTrips(event);
  }

  @Test
  void subscribedEventPrintsSnakeCaseNames() {
    Event event = Event.newBuilder()
        .setType(Event.Type.SUBSCRIBED)
        .setSubscribed(Event.Subscribed.newBuilder()
            .setFrameworkId(FrameworkID.newBuilder().setValue("fw-1"))
            .setHeartbeatIntervalSeconds(15)
            .setMasterInfo(MasterInfo.newBuilder()
                .setId("m-1").setIp(16777343).setPort(5050).setHostname("localhost")))
        .build();

    String json = assertRoundTrips(event);
    assertTrue(json.contains("\"type\": \"SUBSCRIBED\""), json);
    assertTrue(json.contains("\"heartbeat_interval_seconds\": 15.0"), json);
    assertTrue(json.contains("\"master_info\""), json);
    assertTrue(json.contains("\"framework_id\": {\n      \"value\": \"fw-1\""), json);
  }

  @Test
  void offersEventCarriesReservedResources() {
    Resource reservedCpus = scalar("cpus", 2)
        .addReservations(ReservationInfo.newBuilder()
            .setType(ReservationInfo.Type.DYNAMIC).setRole("web").setPrincipal("ops"))
        .setAllocationInfo(Resource.AllocationInfo.newBuilder().setRole("web"))
        .build();
    Resource ports = Resource.newBuilder().setName("ports").setType(Value.Type.RANGES)
        .setRanges(Value.Ranges.newBuilder()
            .addRange(Value.Range.newBuilder().setBegin(31000).setEnd(32000)))
        .build();
    Resource volume = scalar("disk", 1024)
        .addReservations(ReservationInfo.newBuilder()
            .setType(ReservationInfo.Type.STATIC).setRole("web"))
        .setDisk(Resource.DiskInfo.newBuilder()
            .setPersistence(Resource.DiskInfo.Persistence.newBuilder().setId("data-1")))
        .build();
    Event event = Event.newBuilder()
        .setType(Event.Type.OFFERS)
        .setOffers(Event.Offers.newBuilder().addOffers(Offer.newBuilder()
            .setId(OfferID.newBuilder().setValue("o-1"))
            .setFrameworkId(FrameworkID.newBuilder().setValue("fw-1"))
            .setAgentId(AgentID.newBuilder().setValue("a-1"))
            .setHostname("node1")
            .addResources(reservedCpus)
            .addResources(scalar("mem", 4096))
            .addResources(ports)
            .addResources(volume)))
        .build();

    String json = assertRoundTrips(event);
    assertTrue(json.contains("\"reservations\""), json);
    assertTrue(json.contains("\"DYNAMIC\""), json);
    assertTrue(json.contains("\"persistence\""), json);

    Offer parsed = fromJson("""
        {"type": "OFFERS", "offers": {"offers": [{
          "id": {"value": "o-1"}, "framework_id": {"value": "fw-1"},
          "agent_id": {"value": "a-1"}, "hostname": "node1",
          "resources": [{"name": "cpus", "type": "SCALAR", "scalar": {"value": 2},
                         "reservations": [{"type": "DYNAMIC", "role": "web", "principal": "ops"}]},
                        {"name": "ports", "type": "RANGES",
                         "ranges": {"range": [{"begin": 31000, "end": 32000}]}}]
        }]}}""", Event.getDefaultInstance()).getOffers().getOffers(0);
    assertEquals("web", parsed.getResources(0).getReservations(0).getRole());
    assertEquals(32000, parsed.getResources(1).getRanges().getRange(0).getEnd());
  }

  @Test
  void updateEventCarriesTheStatusAndItsUuid() {
    UUID uuid = UUID.fromString("0b6f7b7e-9f4a-4d63-8a55-4e3f1c2a9d10");
    TaskStatus status = TaskStatus.newBuilder()
        .setTaskId(TaskID.newBuilder().setValue("t-1"))
        .setState(TaskState.TASK_FAILED)
        .setSource(TaskStatus.Source.SOURCE_EXECUTOR)
        .setReason(TaskStatus.Reason.REASON_CONTAINER_LIMITATION_MEMORY)
        .setMessage("out of memory")
        .setAgentId(AgentID.newBuilder().setValue("a-1"))
        .setTimestamp(1700000000.25)
        .setUuid(ByteString.copyFrom(ByteBuffer.allocate(16)
            .putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
            .flip()))
        .build();
    Event event = Event.newBuilder().setType(Event.Type.UPDATE)
        .setUpdate(Event.Update.newBuilder().setStatus(status)).build();

    String json = assertRoundTrips(event);
    assertTrue(json.contains("\"state\": \"TASK_FAILED\""), json);
    assertTrue(json.contains("\"reason\": \"REASON_CONTAINER_LIMITATION_MEMORY\""), json);
    assertTrue(json.contains("\"source\": \"SOURCE_EXECUTOR\""), json);
    assertTrue(json.contains("\"uuid\": \"C297fp9KTWOKVU4/HCqdEA==\""), json);
  }

  private static Resource.Builder scalar(String name, double value) {
    return Resource.newBuilder().setName(name).setType(Value.Type.SCALAR)
        .setScalar(Value.Scalar.newBuilder().setValue(value));
  }
}
