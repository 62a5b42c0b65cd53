package io.osmos.runtime.internal.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.MediaType;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A scheduler-like endpoint that parses a Call and answers it from an actor, as the master will. */
class NegotiationTest {
    private static final String PATH = "/api/v1/scheduler";
    private static final Call TEARDOWN = Call.newBuilder().setType(Call.Type.TEARDOWN)
            .setFrameworkId(FrameworkID.newBuilder().setValue("f-1")).build();

    private final LoopbackServer http = new LoopbackServer();
    private final Actor master = new Actor("master");

    @BeforeEach
    void route() {
        http.route(PATH, exchange -> {
            exchange.accept(); // fail fast with 406 before doing any work
            Call call = Codec.parse(exchange.body(), exchange.contentType(), Call.getDefaultInstance());
            master.tell(() -> exchange.respond(200, call));
        });
    }

    @AfterEach
    void close() {
        master.stop();
        http.close();
    }

    @Test
    void jsonInProtobufOut() throws Exception {
        HttpResponse<byte[]> response = http.post(PATH, Codec.encode(TEARDOWN, MediaType.JSON),
                "Content-Type", "application/json", "Accept", "application/x-protobuf");
        assertEquals(200, response.statusCode());
        assertEquals("application/x-protobuf", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(TEARDOWN, Call.parseFrom(response.body()));
    }

    @Test
    void protobufInJsonOutWhenAcceptIsMissing() throws Exception {
        HttpResponse<byte[]> response = http.post(PATH, TEARDOWN.toByteArray(),
                "Content-Type", "application/x-protobuf");
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"framework_id\":{\"value\":\"f-1\"},\"type\":\"TEARDOWN\"}",
                new String(response.body(), UTF_8));
    }

    @Test
    void anUnsupportedContentTypeIs415() throws Exception {
        HttpResponse<byte[]> response = http.post(PATH, "TEARDOWN".getBytes(UTF_8), "Content-Type", "text/plain");
        assertEquals(415, response.statusCode());
        assertEquals("Expecting 'Content-Type' of application/json or application/x-protobuf",
                new String(response.body(), UTF_8));
    }

    @Test
    void anUnacceptableAcceptIs406() throws Exception {
        HttpResponse<byte[]> response = http.post(PATH, Codec.encode(TEARDOWN, MediaType.JSON),
                "Content-Type", "application/json", "Accept", "text/html");
        assertEquals(406, response.statusCode());
        assertEquals("Expecting 'Accept' to allow 'application/x-protobuf' or 'application/json'",
                new String(response.body(), UTF_8));
    }

    @Test
    void aBodyThatIsNotACallIs400() throws Exception {
        HttpResponse<byte[]> response = http.post(PATH, "3".getBytes(UTF_8), "Content-Type", "application/json");
        assertEquals(400, response.statusCode());
        assertEquals("Failed to parse body into Call: Expect message object but got: 3",
                new String(response.body(), UTF_8));
    }

    @Test
    void aSecondResponseIsRefused() throws Exception {
        CompletableFuture<String> second = new CompletableFuture<>();
        http.route("/twice", exchange -> master.tell(() -> {
            exchange.respondText(202, "first");
            try {
                exchange.respondText(200, "second");
                second.complete("accepted");
            } catch (IllegalStateException e) {
                second.complete(e.getMessage());
            }
        }));
        HttpResponse<String> response = http.get("/twice");
        assertEquals(202, response.statusCode());
        assertEquals("first", response.body());
        assertEquals("The request GET /twice has already been answered", second.get(5, TimeUnit.SECONDS));
        assertFalse(master.isStopped());
    }
}
