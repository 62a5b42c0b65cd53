package io.osmos.simulator.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.osmos.runtime.http.RecordIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A streaming call (SUBSCRIBE, REGISTER): one POST on its own connection whose chunked RecordIO
 * body is split into records as it arrives. The listener lives on this stream's event loop.
 */
public final class EventStream {
    private static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;

    private final Channel channel;

    private EventStream(Channel channel) {
        this.channel = channel;
    }

    /** Connects and sends the request on {@code loop}; everything else reaches the listener. */
    public static EventStream open(Wire wire, EventLoop loop, Request request, StreamListener listener) {
        Records records = new Records(listener);
        ChannelFuture connected = wire.bootstrap(loop, new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(Wire.codec(), records);
            }
        }).connect();
        connected.addListener(done -> {
            if (!done.isSuccess()) {
                records.end(new IOException("Cannot connect to the master at " + wire.master() + ": "
                        + done.cause().getMessage(), done.cause()));
                return;
            }
            connected.channel().writeAndFlush(wire.request(request));
        });
        return new EventStream(connected.channel());
    }

    public EventLoop loop() {
        return channel.eventLoop();
    }

    /** Hangs up, as a peer that goes away does. */
    public void close() {
        channel.close();
    }

    private static final class Records extends ChannelInboundHandlerAdapter {
        private final StreamListener listener;
        private final RecordIO.Decoder decoder = new RecordIO.Decoder(MAX_RECORD_BYTES);
        private int status;
        private ByteArrayOutputStream refusal;
        private boolean ended;

        Records(StreamListener listener) {
            this.listener = listener;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            try {
                if (message instanceof HttpResponse response) {
                    head(response);
                }
                if (message instanceof HttpContent content) {
                    body(ctx, content.content());
                    if (content instanceof LastHttpContent) {
                        end(status == 200 ? new IOException("The master ended the stream")
                                : new IOException("The master answered " + status + ": "
                                        + refusal.toString(StandardCharsets.UTF_8)));
                        ctx.close();
                    }
                }
            } finally {
                ReferenceCountUtil.release(message);
            }
        }

        private void head(HttpResponse response) {
            status = response.status().code();
            if (status == 200) {
                listener.opened(response.headers().get("Mesos-Stream-Id"));
            } else {
                refusal = new ByteArrayOutputStream();
            }
        }

        private void body(ChannelHandlerContext ctx, ByteBuf content) {
            if (!content.isReadable() || ended) {
                return;
            }
            byte[] bytes = ByteBufUtil.getBytes(content);
            if (status != 200) {
                refusal.writeBytes(bytes);
                return;
            }
            try {
                for (byte[] record : decoder.feed(bytes)) {
                    listener.record(record);
                }
            } catch (IllegalArgumentException e) {
                end(new IOException("Broken RecordIO from the master: " + e.getMessage(), e));
                ctx.close();
            }
        }

        void end(Throwable cause) {
            if (!ended) {
                ended = true;
                listener.closed(cause);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            end(new IOException("The connection to the master was closed"));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            end(cause);
            ctx.close();
        }
    }
}
