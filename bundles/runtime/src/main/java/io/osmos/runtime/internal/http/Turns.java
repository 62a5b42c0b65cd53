package io.osmos.runtime.internal.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * The order in which a connection's answers go out. Pipelined requests are all handed to their
 * endpoints at once, as libprocess does, and may be answered in any order from any thread; each
 * request takes a turn, and an answer's writes reach the connection only once every earlier answer
 * is complete, which keeps responses in request order as HTTP/1.1 requires. Writes made out of turn
 * are held until the turn comes. Thread-safe.
 */
final class Turns {
    private final Channel channel;
    private final Outbox outbox;
    private final Deque<Turn> waiting = new ArrayDeque<>(); // guarded by this; the first one is writing
    private boolean abandoned; // guarded by this

    Turns(Channel channel, Outbox outbox) {
        this.channel = channel;
        this.outbox = outbox;
    }

    /** A turn behind every turn taken so far, for the next request. */
    synchronized Turn next() {
        Turn turn = new Turn();
        waiting.addLast(turn);
        return turn;
    }

    /** The connection is gone: writes held for later turns fail, and nothing more is held. */
    synchronized void abandon() {
        abandoned = true;
        for (Turn turn : waiting) {
            turn.held.forEach(this::fail);
            turn.held.clear();
        }
        waiting.clear();
    }

    /** One answer's place in line. */
    final class Turn {
        private final List<Outbox.Write> held = new ArrayList<>(0);

        /** Writes part of the answer, now or when its turn comes; see {@link Outbox.Write}. */
        void write(Supplier<?> message, ChannelFutureListener written) {
            add(new Outbox.Write(message, null, written, this, false));
        }

        /** Writes the end of the answer; the next turn may then write. */
        void last(Supplier<?> message, Runnable handedOver, ChannelFutureListener written) {
            add(new Outbox.Write(message, handedOver, written, this, true));
        }

        private void add(Outbox.Write write) {
            synchronized (Turns.this) {
                if (abandoned) {
                    fail(write);
                } else if (waiting.peekFirst() == this) {
                    send(write);
                } else {
                    held.add(write);
                }
            }
        }
    }

    // Called holding the lock, with the first turn's write. The outbox runs nothing of ours meanwhile.
    private void send(Outbox.Write write) {
        outbox.write(write);
        if (!write.last()) {
            return;
        }
        waiting.removeFirst();
        // The next turns may have answered meanwhile: out with what they hold, as far as it goes.
        for (Turn next = waiting.peekFirst(); next != null; next = waiting.peekFirst()) {
            boolean complete = false;
            for (Outbox.Write held : next.held) {
                outbox.write(held);
                complete |= held.last();
            }
            next.held.clear();
            if (!complete) {
                return;
            }
            waiting.removeFirst();
        }
    }

    private void fail(Outbox.Write write) {
        if (write.written() != null) {
            channel.newFailedFuture(new ClosedChannelException()).addListener(write.written());
        }
    }
}
