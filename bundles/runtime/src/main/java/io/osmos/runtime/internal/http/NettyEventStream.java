package io.osmos.runtime.internal.http;

import com.google.protobuf.Message;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.LastHttpContent;
import io.osmos.runtime.http.EventStream;
import io.osmos.runtime.http.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chunked response carrying one RecordIO record per chunk. Events are encoded on the event loop
 * when the connection's outbox hands them over, so the sender (an actor) pays only for queueing them.
 */
final class NettyEventStream implements EventStream {
    private static final Logger LOG = LoggerFactory.getLogger(NettyEventStream.class);

    private final Channel channel;
    private final Turns.Turn turn;
    private final MediaType type;
    private final boolean keepAlive;
    private final Runnable finished;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final AtomicLong pending = new AtomicLong();
    private List<Runnable> closeCallbacks = new ArrayList<>(); // null once the callbacks have run

    NettyEventStream(Channel channel, Turns.Turn turn, MediaType type, boolean keepAlive, Runnable finished) {
        this.channel = channel;
        this.turn = turn;
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
        // The check and the write are one step, so no event can follow the terminating chunk.
        synchronized (this) {
            if (!isOpen()) {
                return false;
            }
            EventRecord record = new EventRecord(event, type, channel, pending);
            turn.write(record, record);
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
                turn.last(() -> LastHttpContent.EMPTY_LAST_CONTENT, keepAlive ? finished : null, written -> {
                    if (!keepAlive || !written.isSuccess()) {
                        channel.close();
                    }
                    if (!keepAlive) {
                        finished.run();
                    }
                });
            }
        }
        ended();
    }

    @Override
    public void abort() {
        synchronized (this) {
            open.set(false);
        }
        // Closing discards what the connection still holds for the reader, which is the point.
        channel.close();
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
