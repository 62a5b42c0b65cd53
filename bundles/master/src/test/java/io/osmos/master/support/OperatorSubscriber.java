package io.osmos.master.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.InvalidProtocolBufferException;
import io.osmos.protocol.v1.master.Protos.Call;
import io.osmos.protocol.v1.master.Protos.Event;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.MediaType;
import java.io.InputStream;
import java.net.http.HttpResponse;

/** An operator subscribed to the master's event stream (operator API SUBSCRIBE), in protobuf. */
public final class OperatorSubscriber implements AutoCloseable {
    public final EventLog<Event> events = new EventLog<>();
    private final RecordStream<Event> stream;

    public OperatorSubscriber(TestMaster master) {
        HttpResponse<InputStream> response = master.open("/api/v1", Codec.encode(Call.newBuilder()
                .setType(Call.Type.SUBSCRIBE).build(), MediaType.PROTOBUF), "Content-Type",
                MediaType.PROTOBUF.contentType(), "Accept", MediaType.PROTOBUF.contentType());
        assertEquals(200, response.statusCode(), "operator SUBSCRIBE status");
        stream = new RecordStream<>(response.body(), OperatorSubscriber::decode, events, "operator-events");
    }

    public Event await(Event.Type type) {
        return events.await(type.name(), e -> e.getType() == type);
    }

    private static Event decode(byte[] record) {
        try {
            return Event.parseFrom(record);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("Not an operator Event: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        stream.close();
    }
}
