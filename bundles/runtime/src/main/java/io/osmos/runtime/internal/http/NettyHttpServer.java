package io.osmos.runtime.internal.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.osmos.runtime.http.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Netty HTTP/1.1 server: keep-alive, bodies aggregated up to a limit, chunked streaming
 * responses. Listening starts in the constructor; {@link #close} stops it. Firewall rules and the
 * body limit can change while it runs; the address cannot.
 */
public final class NettyHttpServer implements HttpServer, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NettyHttpServer.class);

    private final EventLoopGroup acceptor = new NioEventLoopGroup(1, new PlatformThreadFactory("osmos-http-accept"));
    // One event loop per core, not Netty's default of two: nothing on them blocks, and on a small
    // machine the extra threads only add context switches (measured with the cluster simulator).
    private final EventLoopGroup workers = new NioEventLoopGroup(Runtime.getRuntime().availableProcessors(),
            new PlatformThreadFactory("osmos-http"));
    private final Channel listener;
    private final InetSocketAddress address;
    private volatile FirewallRules firewallRules;
    private volatile int maxBodyBytes;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** @throws IllegalStateException when the address cannot be bound, naming the address and why */
    public NettyHttpServer(ServerSettings settings, Router router) {
        this.firewallRules = settings.firewallRules();
        this.maxBodyBytes = settings.maxBodyBytes();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(acceptor, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new BodyLimit(maxBodyBytes),
                                new ExchangeDispatcher(router, () -> firewallRules));
                    }
                });
        ChannelFuture bound = bootstrap.bind(settings.ip(), settings.port()).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            shutdown();
            Throwable cause = bound.cause();
            throw new IllegalStateException("HTTP server cannot listen on " + settings.ip() + ":" + settings.port()
                    + ": " + (cause.getMessage() != null ? cause.getMessage() : cause.toString()), cause);
        }
        listener = bound.channel();
        address = (InetSocketAddress) listener.localAddress();
        LOG.info("HTTP server listening on {}:{}", address.getAddress().getHostAddress(), address.getPort());
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    /** Applies to the next request. */
    public void firewallRules(FirewallRules rules) {
        this.firewallRules = rules;
    }

    /** Applies to connections opened from now on. */
    public void maxBodyBytes(int max) {
        this.maxBodyBytes = max;
    }

    /** Stops listening and closes every connection; waits a few seconds at most. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        listener.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        shutdown();
        LOG.info("HTTP server on port {} stopped", address.getPort());
    }

    private void shutdown() {
        acceptor.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        acceptor.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        workers.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
