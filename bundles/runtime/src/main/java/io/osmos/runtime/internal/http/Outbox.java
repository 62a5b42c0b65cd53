package io.osmos.runtime.internal.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything written to one connection, handed to its event loop in batches with one flush per
 * batch: a master answering thousands of calls and sending thousands of events a second would
 * otherwise pay, for each, a task hand-off to the event loop, its wake-up and a write system call.
 * The message itself is made on the event loop, so encoding happens there rather than on the
 * caller's thread (an actor's). Writes go out in the order they were made, but one made on the
 * event loop itself goes ahead of what other threads queued for the same answer, as a plain Netty
 * write would (an endpoint may send a stream's first event from its handler after handing the
 * stream to others); it never overtakes another answer, nor ends its own answer early.
 */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    // Writes handed over per turn of the event loop, so one busy connection cannot starve the others.
    private static final int MAX_BATCH = 512;

    /**
     * One write.
     *
     * @param message makes the message on the event loop; it should not throw (a failure closes the connection)
     * @param handedOver runs on the event loop once the message is in the channel, or null
     * @param written told once the message reached the network or failed to, or null (a failure then
     *     closes the connection)
     * @param answer the answer it belongs to
     * @param last whether it ends that answer
     */
    record Write(Supplier<?> message, Runnable handedOver, ChannelFutureListener written, Object answer,
            boolean last) {
    }

    private final Channel channel;
    private final Queue<Write> queue = new ConcurrentLinkedQueue<>();
    private final Queue<Write> ahead = new ArrayDeque<>(); // event loop only: writes made there, to go first
    private final AtomicBoolean scheduled = new AtomicBoolean();

    Outbox(Channel channel) {
        this.channel = channel;
    }

    /** Queues a write; nothing it carries is run or told before this returns. */
    void write(Write write) {
        if (channel.eventLoop().inEventLoop() && !write.last() && onlyOf(write.answer())) {
            ahead.add(write);
        } else {
            queue.add(write);
        }
        schedule();
    }

    // On the event loop: whether everything queued belongs to this answer, so a write may go ahead of it.
    private boolean onlyOf(Object answer) {
        for (Write queued : queue) {
            if (queued.answer() != answer) {
                return false;
            }
        }
        return true;
    }

    private void schedule() {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            channel.eventLoop().execute(this::drain);
        } catch (RejectedExecutionException shuttingDown) {
            queue.clear(); // the server is stopping and the connection with it; nothing is made yet
        }
    }

    private void drain() {
        scheduled.set(false);
        for (Write next; (next = ahead.poll()) != null; ) {
            hand(next);
        }
        for (int handed = 0; handed < MAX_BATCH; handed++) {
            Write next = queue.poll();
            if (next == null) {
                break;
            }
            hand(next);
        }
        channel.flush();
        if (!queue.isEmpty()) {
            schedule();
        }
    }

    private void hand(Write next) {
        if (channel.isActive()) {
            make(next);
        } else if (next.written() != null) {
            // Said at once rather than through the pipeline, which would log each one as a failure.
            channel.newFailedFuture(new ClosedChannelException()).addListener(next.written());
        }
        if (next.handedOver() != null) {
            next.handedOver().run();
        }
    }

    private void make(Write next) {
        Object message;
        try {
            message = next.message().get();
        } catch (Throwable t) {
            LOG.warn("Cannot write to {}; closing the connection", channel.remoteAddress(), t);
            channel.close();
            if (next.written() != null) {
                channel.newFailedFuture(t).addListener(next.written());
            }
            return;
        }
        if (next.written() == null) {
            channel.write(message, channel.voidPromise());
        } else {
            channel.write(message, channel.newPromise().addListener(next.written()));
        }
    }
}
