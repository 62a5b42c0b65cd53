package io.osmos.master.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.MediaType;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A framework written against the raw v1 scheduler HTTP API, in JSON or protobuf. */
public final class Scheduler implements AutoCloseable {
    public final EventLog<Event> events = new EventLog<>();
    private final TestMaster master;
    private final MediaType type;
    private RecordStream<Event> stream;
    public String streamId;
    public FrameworkID frameworkId;

    public Scheduler(TestMaster master, MediaType type) {
        this.master = master;
        this.type = type;
    }

    public static FrameworkInfo info(String name) {
        return FrameworkInfo.newBuilder().setUser("test").setName(name).build();
    }

    /** Subscribes and waits for SUBSCRIBED; returns it. */
    public Event.Subscribed subscribe(FrameworkInfo info) {
        Call.Builder subscribe = Call.newBuilder().setType(Call.Type.SUBSCRIBE)
                .setSubscribe(Call.Subscribe.newBuilder().setFrameworkInfo(info));
        if (info.hasId()) {
            subscribe.setFrameworkId(info.getId());
        }
        HttpResponse<InputStream> response = open(subscribe.build());
        assertEquals(200, response.statusCode(), "SUBSCRIBE status");
        assertEquals(type.contentType(), response.headers().firstValue("Content-Type").orElse(""));
        streamId = response.headers().firstValue("Mesos-Stream-Id").orElseThrow();
        stream = new RecordStream<>(response.body(), this::decode, events, "scheduler-events");
        Event.Subscribed subscribed = await(Event.Type.SUBSCRIBED).getSubscribed();
        frameworkId = subscribed.getFrameworkId();
        return subscribed;
    }

    /** Opens a SUBSCRIBE stream without waiting for anything. */
    public HttpResponse<InputStream> open(Call subscribe) {
        return master.open("/api/v1/scheduler", Codec.encode(subscribe, type), "Content-Type", type.contentType(),
                "Accept", type.contentType());
    }

    public Event await(Event.Type eventType) {
        return events.await(eventType.name(), e -> e.getType() == eventType);
    }

    public Offer awaitOffer() {
        return await(Event.Type.OFFERS).getOffers().getOffers(0);
    }

    /** The next UPDATE for a task in a state. */
    public TaskStatus awaitUpdate(String taskId, TaskState state) {
        return events.await("UPDATE " + taskId + " " + state, e -> e.getType() == Event.Type.UPDATE
                && e.getUpdate().getStatus().getTaskId().getValue().equals(taskId)
                && e.getUpdate().getStatus().getState() == state).getUpdate().getStatus();
    }

    /** Sends a call of this framework on its stream; returns status and body. */
    public HttpResponse<byte[]> call(Call.Builder call) {
        return master.post("/api/v1/scheduler", Codec.encode(call.setFrameworkId(frameworkId).build(), type),
                "Content-Type", type.contentType(), "Mesos-Stream-Id", streamId);
    }

    public HttpResponse<byte[]> accept(OfferID offer, TaskInfo... tasks) {
        Offer.Operation.Launch.Builder launch = Offer.Operation.Launch.newBuilder();
        for (TaskInfo task : tasks) {
            launch.addTaskInfos(task);
        }
        return call(Call.newBuilder().setType(Call.Type.ACCEPT).setAccept(Call.Accept.newBuilder().addOfferIds(offer)
                .addOperations(Offer.Operation.newBuilder().setType(Offer.Operation.Type.LAUNCH).setLaunch(launch))));
    }

    public HttpResponse<byte[]> decline(OfferID offer, double refuseSeconds) {
        return call(Call.newBuilder().setType(Call.Type.DECLINE).setDecline(Call.Decline.newBuilder()
                .addOfferIds(offer).setFilters(Filters.newBuilder().setRefuseSeconds(refuseSeconds))));
    }

    public HttpResponse<byte[]> acknowledge(TaskStatus status) {
        return call(Call.newBuilder().setType(Call.Type.ACKNOWLEDGE).setAcknowledge(Call.Acknowledge.newBuilder()
                .setAgentId(status.getAgentId()).setTaskId(status.getTaskId()).setUuid(status.getUuid())));
    }

    /** A command task using some of an offer. */
    public static TaskInfo task(String id, AgentID agent, String resources) {
        return TaskInfo.newBuilder().setName(id).setTaskId(TaskID.newBuilder().setValue(id)).setAgentId(agent)
                .addAllResources(io.osmos.api.resources.Resources.parse(resources).toProtos())
                .setCommand(io.osmos.protocol.v1.Protos.CommandInfo.newBuilder().setValue("echo hello")).build();
    }

    private Event decode(byte[] record) {
        if (type == MediaType.PROTOBUF) {
            try {
                return Event.parseFrom(ByteString.copyFrom(record));
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("Not an Event: " + e.getMessage(), e);
            }
        }
        return Codec.fromJson(new String(record, StandardCharsets.UTF_8), Event.getDefaultInstance());
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
