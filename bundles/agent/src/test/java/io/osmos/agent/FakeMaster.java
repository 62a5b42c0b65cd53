package io.osmos.agent;

import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.MasterInfo;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.EventStream;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.internal.http.NettyHttpServer;
import io.osmos.runtime.internal.http.Router;
import io.osmos.runtime.internal.http.ServerSettings;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The master's side of the agent protocol, just enough of it: answers REGISTER and REREGISTER with a
 * real RecordIO stream on the runtime's Netty server, accepts calls on the current stream (202) and
 * refuses them on any other (403), and lets the test send events and break the stream.
 */
final class FakeMaster implements AutoCloseable {
    static final AgentID AGENT_ID = AgentID.newBuilder().setValue("agent-1").build();

    final BlockingQueue<AgentCall> subscriptions = new LinkedBlockingQueue<>();
    final BlockingQueue<AgentCall> calls = new LinkedBlockingQueue<>();
    private final Router router = Router.withBuiltIns();
    private final NettyHttpServer server;
    private final AtomicInteger streams = new AtomicInteger();
    private final List<String> agentRoutes = new ArrayList<>();
    private volatile EventStream stream;
    private volatile String streamId;
    volatile double heartbeatIntervalSeconds = 15;
    /** How many subscriptions to turn away with 503, as a master still recovering would. */
    final AtomicInteger refusals = new AtomicInteger();

    FakeMaster() {
        this(0);
    }

    /** @param port 0 for a free one; a port a closed master used, to stand for that master restarted */
    FakeMaster(int port) {
        server = new NettyHttpServer(new ServerSettings("127.0.0.1", port, null, ServerSettings.DEFAULT_MAX_BODY_BYTES),
                router);
        router.add("agent-api", "/api/v1/agent", 0, 1, this::handle);
    }

    int port() {
        return server.address().getPort();
    }

    InetSocketAddress address() {
        return server.address();
    }

    void route(String owner, String path, io.osmos.runtime.http.whiteboard.HttpEndpoint endpoint) {
        router.add(owner, path, 0, 1, endpoint);
    }

    /** Other parts of the process whose metrics the agent's snapshot merges; a test may add some. */
    final io.osmos.runtime.metrics.MetricsSources metrics = new io.osmos.runtime.metrics.MetricsSources();

    /** Serves the agent's own endpoints under the prefix, replacing those of an agent served before. */
    void serve(String prefix, Agent agent) {
        agentRoutes.forEach(router::remove);
        agentRoutes.clear();
        agent.endpoints(metrics).forEach((path, endpoint) -> {
            agentRoutes.add("agent:" + path);
            router.add("agent:" + path, prefix + path, 0, 1, endpoint);
        });
    }

    private void handle(HttpExchange exchange) {
        AgentCall call = Codec.parse(exchange.body(), exchange.contentType(), AgentCall.getDefaultInstance());
        if (call.getType() == AgentCall.Type.REGISTER || call.getType() == AgentCall.Type.REREGISTER) {
            if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.respondText(503, "Master is recovering");
                return;
            }
            String id = "stream-" + streams.incrementAndGet();
            EventStream opened = exchange.stream(200, Map.of("Mesos-Stream-Id", id));
            streamId = id; // first, so calls the agent makes once registered are taken
            // (Re)registered goes first: a test sees the stream, and sends on it, only after that.
            opened.send(call.getType() == AgentCall.Type.REGISTER ? registered() : reregistered());
            stream = opened;
            subscriptions.add(call);
            return;
        }
        if (!Objects.equals(streamId, exchange.header("Mesos-Stream-Id"))) {
            exchange.respondText(403, "The stream ID '" + exchange.header("Mesos-Stream-Id") + "' is not current");
            return;
        }
        calls.add(call);
        exchange.respond(202);
    }

    void send(AgentEvent event) {
        if (!stream.send(event)) {
            throw new AssertionError("The agent's stream is closed");
        }
    }

    /** Ends the current stream, as a master that fails over would. */
    void breakStream() {
        stream.close();
    }

    /** Forgets the current stream id, so the agent's next call is refused as stale. */
    void forgetStream() {
        streamId = "forgotten";
    }

    AgentCall nextSubscription() throws InterruptedException {
        return next(subscriptions, "REGISTER or REREGISTER");
    }

    AgentCall nextCall() throws InterruptedException {
        return next(calls, "a call");
    }

    private static AgentCall next(BlockingQueue<AgentCall> queue, String what) throws InterruptedException {
        AgentCall call = queue.poll(30, TimeUnit.SECONDS);
        if (call == null) {
            throw new AssertionError("No " + what + " from the agent within 30 s");
        }
        return call;
    }

    private AgentEvent registered() {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.REGISTERED).setRegistered(AgentEvent.Registered
                .newBuilder().setAgentId(AGENT_ID).setMasterInfo(masterInfo())
                .setHeartbeatIntervalSeconds(heartbeatIntervalSeconds)).build();
    }

    private AgentEvent reregistered() {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.REREGISTERED).setReregistered(AgentEvent.Reregistered
                .newBuilder().setAgentId(AGENT_ID).setMasterInfo(masterInfo())
                .setHeartbeatIntervalSeconds(heartbeatIntervalSeconds)).build();
    }

    private MasterInfo masterInfo() {
        return MasterInfo.newBuilder().setId("master-1").setIp(0x7f000001).setPort(port()).setHostname("127.0.0.1")
                .build();
    }

    @Override
    public void close() {
        server.close();
    }
}
