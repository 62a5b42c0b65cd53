package io.osmos.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.EventStream;
import io.osmos.runtime.http.MediaType;
import io.osmos.runtime.http.RecordIO;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventStreamTest {
    private static final Event SUBSCRIBED = Event.newBuilder().setType(Event.Type.SUBSCRIBED)
            .setSubscribed(Event.Subscribed.newBuilder().setFrameworkId(FrameworkID.newBuilder().setValue("f-1"))
                    .setHeartbeatIntervalSeconds(15))
            .build();
    private static final Event HEARTBEAT = Event.newBuilder().setType(Event.Type.HEARTBEAT).build();

    private final LoopbackServer http = new LoopbackServer();
    private final CompletableFuture<EventStream> opened = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    @BeforeEach
    void route() {
        http.route("/api/v1/scheduler", exchange -> {
            EventStream stream = exchange.stream(200, Map.of("Mesos-Stream-Id", "stream-1"));
            stream.onClose(() -> closed.complete(null));
            opened.complete(stream);
        });
    }

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void recordsArriveOneByOneWhileTheStreamIsOpen() throws Exception {
        HttpResponse<InputStream> response = http.stream("/api/v1/scheduler", "Accept", "application/x-protobuf");
        assertEquals(200, response.statusCode());
        assertEquals("stream-1", response.headers().firstValue("Mesos-Stream-Id").orElseThrow());
        assertEquals("application/x-protobuf", response.headers().firstValue("Content-Type").orElseThrow());
        EventStream stream = opened.get(5, TimeUnit.SECONDS);
        assertEquals(MediaType.PROTOBUF, stream.mediaType());
        Records records = new Records(response.body());

        // Each event is sent only after the client has the previous one: delivery is incremental.
        assertTrue(stream.send(SUBSCRIBED));
        assertEquals(SUBSCRIBED, Event.parseFrom(records.next()));
        assertTrue(stream.send(HEARTBEAT));
        assertEquals(HEARTBEAT, Event.parseFrom(records.next()));
        assertTrue(stream.send(HEARTBEAT));
        assertEquals(HEARTBEAT, Event.parseFrom(records.next()));
        assertTrue(stream.isWritable());

        stream.close();
        assertTrue(records.atEnd());
        closed.get(5, TimeUnit.SECONDS);
        assertFalse(stream.send(HEARTBEAT));
        assertEquals(0, stream.pendingBytes());
        // The connection was kept alive: the next request on it is served.
        assertEquals(200, http.get("/health").statusCode());
    }

    @Test
    void jsonStreamsCarryJsonRecords() throws Exception {
        HttpResponse<InputStream> response = http.stream("/api/v1/scheduler");
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        EventStream stream = opened.get(5, TimeUnit.SECONDS);
        stream.send(SUBSCRIBED);
        assertEquals("{\"type\":\"SUBSCRIBED\",\"subscribed\":{\"framework_id\":{\"value\":\"f-1\"},"
                + "\"heartbeat_interval_seconds\":15.0}}", new String(new Records(response.body()).next(), "UTF-8"));
        assertEquals(SUBSCRIBED, Codec.fromJson(Codec.toJson(SUBSCRIBED), Event.getDefaultInstance()));
        stream.close();
    }

    @Test
    void onCloseFiresWhenTheClientGoesAway() throws Exception {
        HttpResponse<InputStream> response = http.stream("/api/v1/scheduler");
        EventStream stream = opened.get(5, TimeUnit.SECONDS);
        stream.send(SUBSCRIBED);
        new Records(response.body()).next();
        assertTrue(stream.isOpen());

        response.body().close(); // the subscriber disconnects mid-stream

        closed.get(10, TimeUnit.SECONDS);
        assertFalse(stream.isOpen());
        assertFalse(stream.send(HEARTBEAT));
        CompletableFuture<Void> late = new CompletableFuture<>();
        stream.onClose(() -> late.complete(null));
        assertTrue(late.isDone(), "a callback added after the end runs at once");
    }

    @Test
    void abortCutsTheConnectionSoTheReaderSeesTheStreamBroken() throws Exception {
        HttpResponse<InputStream> response = http.stream("/api/v1/scheduler", "Accept", "application/x-protobuf");
        EventStream stream = opened.get(5, TimeUnit.SECONDS);
        stream.send(SUBSCRIBED);
        Records records = new Records(response.body());
        assertEquals(SUBSCRIBED, Event.parseFrom(records.next()));

        stream.abort();

        closed.get(5, TimeUnit.SECONDS);
        assertFalse(stream.isOpen());
        assertFalse(stream.send(HEARTBEAT));
        assertThrows(IOException.class, () -> response.body().readAllBytes(), "no terminating chunk: cut short");
    }

    @Test
    void anEventSentByTheHandlerGoesAheadOfOnesOthersSentMeanwhile() throws Exception {
        http.route("/api/v1/agent", exchange -> {
            EventStream stream = exchange.stream(200, Map.of());
            // Someone given the stream sends before the handler sends its first event, as a test's
            // fake master may; the first event still comes first, as it did on plain Netty writes.
            CompletableFuture.runAsync(() -> stream.send(HEARTBEAT)).join();
            stream.send(SUBSCRIBED);
            opened.complete(stream);
        });
        HttpResponse<InputStream> response = http.stream("/api/v1/agent", "Accept", "application/x-protobuf");
        Records records = new Records(response.body());
        assertEquals(SUBSCRIBED, Event.parseFrom(records.next()));
        assertEquals(HEARTBEAT, Event.parseFrom(records.next()));
        opened.get(5, TimeUnit.SECONDS).close();
    }

    /** Reads RecordIO records off a streaming body as they arrive. */
    private static final class Records {
        private final InputStream in;
        private final RecordIO.Decoder decoder = new RecordIO.Decoder();
        private final Deque<byte[]> ready = new ArrayDeque<>();

        Records(InputStream in) {
            this.in = in;
        }

        byte[] next() throws IOException {
            byte[] chunk = new byte[256];
            while (ready.isEmpty()) {
                int n = in.read(chunk);
                if (n < 0) {
                    throw new IOException("stream ended before the next record");
                }
                ready.addAll(decoder.feed(chunk, 0, n));
            }
            return ready.poll();
        }

        boolean atEnd() throws IOException {
            return ready.isEmpty() && in.read() < 0 && !decoder.hasPartialRecord();
        }
    }
}
