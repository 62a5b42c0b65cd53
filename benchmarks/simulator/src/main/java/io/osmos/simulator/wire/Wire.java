package io.osmos.simulator.wire;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The client side of every simulated peer in one process: one small Netty event loop group carries
 * all connections to the master. The JDK HttpClient would hold a reader per open event stream,
 * which does not scale to thousands of agents.
 */
public final class Wire implements AutoCloseable {
    private final NioEventLoopGroup group;
    private final InetSocketAddress master;
    private final List<EventLoop> loops = new ArrayList<>();

    /** @param threads event loop threads; each simulated peer lives on one of them */
    public Wire(InetSocketAddress master, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("client threads must be at least 1, got " + threads);
        }
        this.master = master;
        this.group = new NioEventLoopGroup(threads, runnable -> {
            Thread thread = new Thread(runnable, "simulator-wire");
            thread.setDaemon(true);
            return thread;
        });
        group.forEach(executor -> loops.add((EventLoop) executor));
    }

    public InetSocketAddress master() {
        return master;
    }

    /** The loops, in a fixed order, so peers can be spread over them evenly. */
    public List<EventLoop> loops() {
        return List.copyOf(loops);
    }

    /** A connection attempt to the master whose channel lives on {@code loop}. */
    Bootstrap bootstrap(EventLoop loop, ChannelHandler initializer) {
        return new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .handler(initializer)
                .remoteAddress(master);
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
