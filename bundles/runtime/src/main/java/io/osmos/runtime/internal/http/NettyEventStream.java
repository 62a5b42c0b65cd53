package io.osmos.runtime.internal.http;

import com.google.protobuf.Message;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.EventStream;
import io.osmos.runtime.http.MediaType;
import io.osmos.runtime.http.RecordIO;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A chunked response carrying one RecordIO record per chunk. */
final class NettyEventStream implements EventStream {
    private static final Logger LOG = LoggerFactory.getLogger(NettyEventStream.class);

    private final Channel channel;
    private final MediaType type;
    private final boolean keepAlive;
    private final Runnable finished;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final AtomicLong pending = new AtomicLong();
    private List<Runnable> closeCallbacks = new ArrayList<>(); // null once the callbacks have run

    NettyEventStream(Channel channel, MediaType type, boolean keepAlive, Runnable finished) {
        this.channel = channel;
        this.type = type;
        this.keepAlive = keepAlive;
        this.finished = finished;
        channel.closeFuture().addListener(closed -> ended());
    }

    @Override
    public MediaType mediaType() {
        return type;
    }

    @Override
    public boolean send(Message event) {
        byte[] record = RecordIO.frame(Codec.encode(event, type));
        // The check and the write are one step, so no event can follow the terminating chunk.
        synchronized (this) {
            if (!isOpen()) {
                return false;
            }
            pending.addAndGet(record.length);
            channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(record))).addListener(written -> {
                pending.addAndGet(-record.length);
                if (!written.isSuccess()) {
                    channel.close();
                }
            });
        }
        return true;
    }

    @Override
    public boolean isOpen() {
        return open.get() && channel.isActive();
    }

    @Override
    public boolean isWritable() {
        return isOpen() && channel.isWritable();
    }

    @Override
    public long pendingBytes() {
        return pending.get();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (open.compareAndSet(true, false) && channel.isActive()) {
                channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(written -> {
                    if (!keepAlive || !written.isSuccess()) {
                        channel.close();
                    }
                    finished.run();
                });
            }
        }
        ended();
    }

    @Override
    public void onClose(Runnable callback) {
        synchronized (this) {
            if (closeCallbacks != null) {
                closeCallbacks.add(callback);
                return;
            }
        }
        run(callback);
    }

    private void ended() {
        open.set(false);
        List<Runnable> callbacks;
        synchronized (this) {
            callbacks = closeCallbacks;
            closeCallbacks = null;
        }
        if (callbacks != null) {
            callbacks.forEach(NettyEventStream::run);
        }
    }

    private static void run(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.warn("An event stream close callback failed", e);
        }
    }
}
