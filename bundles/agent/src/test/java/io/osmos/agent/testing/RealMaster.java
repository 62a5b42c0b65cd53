package io.osmos.agent.testing;

import io.osmos.allocator.random.RandomAllocator;
import io.osmos.master.core.Master;
import io.osmos.master.core.MasterSettings;
import io.osmos.master.http.MasterEndpoints;
import io.osmos.runtime.internal.http.NettyHttpServer;
import io.osmos.runtime.internal.http.Router;
import io.osmos.runtime.internal.http.ServerSettings;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real Osmos master with the random allocator on the runtime's Netty server on loopback: what
 * an agent and a framework talk to in production, without OSGi around it. Its registry lives in
 * memory, so a new one on the same port is a master that failed over and lost everything but what
 * agents and frameworks tell it.
 */
public final class RealMaster implements AutoCloseable {
    private final Router router = Router.withBuiltIns();
    private final NettyHttpServer server;
    private final Master master;

    /** @param port 0 for a free port, or the port of a master that was closed */
    public RealMaster(int port) throws Exception {
        server = new NettyHttpServer(new ServerSettings("127.0.0.1", port, null, ServerSettings.DEFAULT_MAX_BODY_BYTES),
                router);
        master = new Master(MasterSettings.defaults().withHostname("127.0.0.1"), server.address());
        AtomicLong order = new AtomicLong();
        MasterEndpoints.of(master).forEach((path, endpoint) -> router.add(path, path, 0, order.incrementAndGet(),
                endpoint));
        if (!master.installAllocator("random", new RandomAllocator(), () -> { }).get(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The random allocator did not start");
        }
    }

    public int port() {
        return server.address().getPort();
    }

    @Override
    public void close() {
        master.stop();
        server.close();
    }
}
