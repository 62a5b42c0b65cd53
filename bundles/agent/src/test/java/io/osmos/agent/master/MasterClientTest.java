package io.osmos.agent.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.runtime.http.RecordIO;
import io.osmos.runtime.internal.http.NettyHttpServer;
import io.osmos.runtime.internal.http.Router;
import io.osmos.runtime.internal.http.ServerSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MasterClientTest {
    private static final AgentCall REGISTER = AgentCall.newBuilder().setType(AgentCall.Type.REGISTER).build();
    private static final AgentEvent PING = AgentEvent.newBuilder().setType(AgentEvent.Type.PING).build();

    private final Router router = Router.withBuiltIns();
    private final NettyHttpServer server = new NettyHttpServer(ServerSettings.loopback(), router);
    private final MasterClient client = new MasterClient();
    private final Recorder recorder = new Recorder();

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void severalEventsInOneBodyArriveOneByOne() throws Exception {
        byte[] framed = RecordIO.frame(PING.toByteArray());
        byte[] twice = new byte[framed.length * 2];
        System.arraycopy(framed, 0, twice, 0, framed.length);
        System.arraycopy(framed, 0, twice, framed.length, framed.length);
        route(exchange -> exchange.header(MasterClient.STREAM_ID, "s-1")
                .respond(200, "application/x-protobuf", twice));

        client.subscribe(uri(), REGISTER, recorder);

        assertEquals("s-1", recorder.opened.get(10, TimeUnit.SECONDS));
        assertEquals(PING, recorder.events.poll(10, TimeUnit.SECONDS));
        assertEquals(PING, recorder.events.poll(10, TimeUnit.SECONDS));
        assertEquals("the master ended the event stream", recorder.closed.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aMalformedStreamIsClosedSayingWhy() throws Exception {
        route(exchange -> exchange.header(MasterClient.STREAM_ID, "s-1")
                .respond(200, "application/x-protobuf", "12x\n".getBytes(StandardCharsets.US_ASCII)));

        client.subscribe(uri(), REGISTER, recorder);

        String reason = recorder.closed.get(10, TimeUnit.SECONDS);
        assertTrue(reason.startsWith("malformed event stream: Invalid RecordIO record length '12x'"), reason);
    }

    @Test
    void aRefusalCarriesTheMastersStatusAndMessage() throws Exception {
        route(exchange -> exchange.respondText(403, "Agent is not allowed"));

        client.subscribe(uri(), REGISTER, recorder);

        assertEquals("the master answered 403: Agent is not allowed", recorder.closed.get(10, TimeUnit.SECONDS));
        assertTrue(recorder.events.isEmpty());
    }

    @Test
    void anUnreachableMasterIsReportedAsClosed() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort(); // closed again: nothing listens there
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port + "/api/v1/agent");

        client.subscribe(nowhere, REGISTER, recorder);

        String reason = recorder.closed.get(10, TimeUnit.SECONDS);
        assertTrue(reason.startsWith("cannot reach the master at " + nowhere), reason);
    }

    private void route(io.osmos.runtime.http.whiteboard.HttpEndpoint endpoint) {
        router.add("agent-api", "/api/v1/agent", 0, 1, endpoint);
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + "/api/v1/agent");
    }

    private static final class Recorder implements StreamListener {
        final CompletableFuture<String> opened = new CompletableFuture<>();
        final BlockingQueue<AgentEvent> events = new LinkedBlockingQueue<>();
        final CompletableFuture<String> closed = new CompletableFuture<>();

        @Override
        public void opened(String streamId) {
            opened.complete(streamId);
        }

        @Override
        public void event(AgentEvent event) {
            events.add(event);
        }

        @Override
        public void closed(String reason) {
            if (!closed.complete(reason)) {
                throw new AssertionError("closed twice: " + reason);
            }
        }
    }
}
