package io.osmos.simulator.wire;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
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
    private static final HttpHeadersFactory UNCHECKED =
            DefaultHttpHeadersFactory.headersFactory().withValidation(false);
    private static final AsciiString PROTOBUF = AsciiString.cached(Request.PROTOBUF);
    private static final AsciiString STREAM_ID = AsciiString.cached("Mesos-Stream-Id");

    private final List<EventLoop> loops = new ArrayList<>();
    private final AsciiString host;

    /** @param threads event loop threads; each simulated peer lives on one of them */
    public Wire(InetSocketAddress master, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("client threads must be at least 1, got " + threads);
        }
        this.master = master;
        this.host = new AsciiString(master.getHostString() + ":" + master.getPort());
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

    /**
     * The HTTP codec of a connection to the master. The simulated peers trust the master they test,
     * so the answers' headers are not checked character by character, and the requests' headers are
     * ones this package writes (see {@link #request}).
     */
    static HttpClientCodec codec() {
        return new HttpClientCodec(new HttpDecoderConfig().setHeadersFactory(UNCHECKED), false, false);
    }

    /** The HTTP form of a request, with Host, Content-Length and the request's own headers. */
    FullHttpRequest request(Request request) {
        FullHttpRequest http = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1,
                request.method().equals("POST") ? HttpMethod.POST : HttpMethod.valueOf(request.method()),
                request.path(), Unpooled.wrappedBuffer(request.body()), UNCHECKED, UNCHECKED);
        HttpHeaders headers = http.headers();
        headers.set(HttpHeaderNames.HOST, host);
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, request.body().length);
        headers.set(HttpHeaderNames.CONTENT_TYPE, PROTOBUF);
        headers.set(HttpHeaderNames.ACCEPT, PROTOBUF);
        if (request.streamId() != null) {
            headers.set(STREAM_ID, request.streamId());
        }
        return http;
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
