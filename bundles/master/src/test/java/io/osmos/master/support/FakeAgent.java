package io.osmos.master.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.MediaType;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.UUID;

/** An agent speaking Osmos's master-agent protocol over real HTTP, launching nothing. */
public final class FakeAgent implements AutoCloseable {
    /** Events of the current connection; a reregistration starts a new log. */
    public EventLog<AgentEvent> events = new EventLog<>();
    private final TestMaster master;
    private RecordStream<AgentEvent> stream;
    public volatile String streamId;
    public volatile AgentID agentId;
    /** Whether it answers PING with PONG, as a live agent does; false plays an agent that hangs. */
    public volatile boolean answerPings = true;

    public FakeAgent(TestMaster master) {
        this.master = master;
    }

    public static AgentInfo info(String hostname, String resources) {
        return AgentInfo.newBuilder().setHostname(hostname).setPort(5051)
                .addAllResources(Resources.parse(resources).toProtos()).build();
    }

    /** Registers and waits for REGISTERED. */
    public AgentEvent.Registered register(AgentInfo info) {
        connect(AgentCall.newBuilder().setType(AgentCall.Type.REGISTER)
                .setRegister(AgentCall.Register.newBuilder().setAgentInfo(info).setVersion("test")).build());
        AgentEvent.Registered registered = await(AgentEvent.Type.REGISTERED).getRegistered();
        agentId = registered.getAgentId();
        return registered;
    }

    /** Reregisters with its id (and whatever the builder says it runs); waits for REREGISTERED. */
    public AgentEvent.Reregistered reregister(AgentCall.Reregister.Builder reregister) {
        attemptReregistration(reregister);
        return await(AgentEvent.Type.REREGISTERED).getReregistered();
    }

    /** Sends REREGISTER on a new stream without waiting: the events say whether the master took it. */
    public void attemptReregistration(AgentCall.Reregister.Builder reregister) {
        close();
        connect(AgentCall.newBuilder().setType(AgentCall.Type.REREGISTER).setReregister(reregister).build());
    }

    private void connect(AgentCall call) {
        HttpResponse<InputStream> response = master.open("/api/v1/agent", Codec.encode(call, MediaType.PROTOBUF),
                "Content-Type", MediaType.PROTOBUF.contentType(), "Accept", MediaType.PROTOBUF.contentType());
        assertEquals(200, response.statusCode(), "agent stream status");
        streamId = response.headers().firstValue("Mesos-Stream-Id").orElseThrow();
        events = new EventLog<>();
        stream = new RecordStream<>(response.body(), this::received, events, "agent-events");
    }

    public AgentEvent await(AgentEvent.Type type) {
        return events.await(type.name(), e -> e.getType() == type);
    }

    public HttpResponse<byte[]> call(AgentCall.Builder call) {
        return master.post("/api/v1/agent", Codec.encode(call.setAgentId(agentId).build(), MediaType.PROTOBUF),
                "Content-Type", MediaType.PROTOBUF.contentType(), "Mesos-Stream-Id", streamId);
    }

    /** Sends a status update with a fresh uuid, as an agent does; returns the status. */
    public TaskStatus update(FrameworkID framework, String taskId, TaskState state) {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        TaskStatus status = TaskStatus.newBuilder().setTaskId(TaskID.newBuilder().setValue(taskId)).setState(state)
                .setSource(TaskStatus.Source.SOURCE_EXECUTOR).setAgentId(agentId)
                .setUuid(ByteString.copyFrom(bytes.array())).setTimestamp(System.currentTimeMillis() / 1000.0).build();
        HttpResponse<byte[]> response = call(AgentCall.newBuilder().setType(AgentCall.Type.STATUS_UPDATE)
                .setStatusUpdate(AgentCall.StatusUpdate.newBuilder().setFrameworkId(framework).setStatus(status)
                        .setLatestState(state)));
        assertEquals(202, response.statusCode(), "STATUS_UPDATE status: " + new String(response.body()));
        return status;
    }

    private AgentEvent received(byte[] record) {
        AgentEvent event = decode(record);
        // Learn the id here, in stream order, so the first PING (right behind REGISTERED) is answered.
        if (event.getType() == AgentEvent.Type.REGISTERED) {
            agentId = event.getRegistered().getAgentId();
        }
        if (event.getType() == AgentEvent.Type.PING && answerPings && agentId != null) {
            master.postAsync("/api/v1/agent", Codec.encode(AgentCall.newBuilder().setType(AgentCall.Type.PONG)
                    .setAgentId(agentId).build(), MediaType.PROTOBUF), "Content-Type", MediaType.PROTOBUF.contentType(),
                    "Mesos-Stream-Id", streamId);
        }
        return event;
    }

    private static AgentEvent decode(byte[] record) {
        try {
            return AgentEvent.parseFrom(record);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("Not an AgentEvent: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
