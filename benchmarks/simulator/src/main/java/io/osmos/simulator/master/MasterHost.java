package io.osmos.simulator.master;

import io.osmos.master.core.Master;
import io.osmos.master.core.MasterSettings;
import io.osmos.master.http.AgentEndpoint;
import io.osmos.master.http.MetricsEndpoint;
import io.osmos.master.http.OperatorEndpoint;
import io.osmos.master.http.SchedulerEndpoint;
import io.osmos.master.http.StateEndpoint;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import io.osmos.runtime.internal.http.NettyHttpServer;
import io.osmos.runtime.internal.http.Router;
import io.osmos.runtime.internal.http.ServerSettings;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real master on the runtime's Netty server on a loopback port, with its endpoints routed as the
 * master component routes them and a real allocator installed: everything but OSGi.
 */
public final class MasterHost implements AutoCloseable {
    private final Router router = Router.withBuiltIns();
    private final NettyHttpServer server;
    private final Master master;
    private final AtomicLong order = new AtomicLong();

    /** @param port 0 for any free port */
    public MasterHost(MasterSettings settings, String allocatorName, int port) {
        server = new NettyHttpServer(new ServerSettings("127.0.0.1", port, null,
                ServerSettings.DEFAULT_MAX_BODY_BYTES), router);
        try {
            master = new Master(settings.withHostname("localhost"), server.address());
            route(SchedulerEndpoint.PATH, new SchedulerEndpoint(master));
            route(AgentEndpoint.PATH, new AgentEndpoint(master));
            route(OperatorEndpoint.PATH, new OperatorEndpoint(master));
            StateEndpoint state = new StateEndpoint(master);
            StateEndpoint.PATHS.forEach(path -> route(path, state));
            route(MetricsEndpoint.PATH, new MetricsEndpoint(master));
            install(allocatorName);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void route(String path, HttpEndpoint endpoint) {
        router.add(path, path, 0, order.incrementAndGet(), endpoint);
    }

    private void install(String name) {
        boolean started;
        try {
            started = master.installAllocator(name, Allocators.create(name), () -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot install allocator '" + name + "': " + e, e);
        }
        if (!started) {
            throw new IllegalStateException("Allocator '" + name + "' failed to start; see the log");
        }
    }

    public InetSocketAddress address() {
        return server.address();
    }

    public Master master() {
        return master;
    }

    @Override
    public void close() {
        master.stop();
        server.close();
    }
}
