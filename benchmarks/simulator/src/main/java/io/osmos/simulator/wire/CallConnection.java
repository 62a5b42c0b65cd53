package io.osmos.simulator.wire;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObjectAggregator;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * One keep-alive connection that pipelines requests: the master answers them in order, so replies
 * are matched first in, first out. All state is confined to the connection's event loop, and every
 * reply future completes there, so a peer on the same loop needs no locking.
 */
final class CallConnection {
    // The master queues at most 16 pipelined requests behind the one it works on and then hangs up.
    static final int MAX_IN_FLIGHT = 16;
    private static final int MAX_REPLY_BYTES = 64 * 1024 * 1024;

    private record Pending(Request request, CompletableFuture<Reply> reply) {
    }

    private final Wire wire;
    private final EventLoop loop;
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    private Channel channel;
    private boolean connecting;
    private boolean flushScheduled;

    CallConnection(Wire wire, EventLoop loop) {
        this.wire = wire;
        this.loop = loop;
    }

    EventLoop loop() {
        return loop;
    }

    CompletableFuture<Reply> send(Request request) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        Pending pending = new Pending(request, reply);
        if (loop.inEventLoop()) {
            enqueue(pending);
        } else {
            loop.execute(() -> enqueue(pending));
        }
        return reply;
    }

    private void enqueue(Pending pending) {
        waiting.add(pending);
        pump();
    }

    private void pump() {
        if (channel == null) {
            connect();
            return;
        }
        boolean wrote = false;
        while (inFlight.size() < MAX_IN_FLIGHT && !waiting.isEmpty()) {
            Pending next = waiting.poll();
            inFlight.add(next);
            channel.write(wire.request(next.request()));
            wrote = true;
        }
        if (wrote && !flushScheduled) {
            // One flush, so one write system call, for every request this turn of the event loop makes:
            // the task runs after the loop has handled what it read, and agents and frameworks answer
            // a whole read's events with calls.
            flushScheduled = true;
            loop.execute(this::flush);
        }
    }

    private void flush() {
        flushScheduled = false;
        if (channel != null) {
            channel.flush();
        }
    }

    private void connect() {
        if (connecting) {
            return;
        }
        connecting = true;
        ChannelFuture connected = wire.bootstrap(loop, new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(Wire.codec(), new HttpObjectAggregator(MAX_REPLY_BYTES), new Replies());
            }
        }).connect();
        connected.addListener(done -> {
            connecting = false;
            if (done.isSuccess()) {
                channel = connected.channel();
                pump();
            } else {
                failAll(waiting, new IOException("Cannot connect to the master at " + wire.master() + ": "
                        + done.cause().getMessage(), done.cause()));
            }
        });
    }

    private static void failAll(ArrayDeque<Pending> queue, Throwable cause) {
        for (Pending pending; (pending = queue.poll()) != null; ) {
            pending.reply().completeExceptionally(cause);
        }
    }

    /** Matches each response to the oldest request in flight. */
    private final class Replies extends SimpleChannelInboundHandler<FullHttpResponse> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
            Pending pending = inFlight.poll();
            if (pending != null) {
                pending.reply().complete(new Reply(response.status().code(), ByteBufUtil.getBytes(response.content())));
            }
            pump();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            channel = null;
            failAll(inFlight, new IOException("The master closed the connection with requests in flight"));
            if (!waiting.isEmpty()) {
                pump();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
