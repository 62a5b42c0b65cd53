package io.osmos.agent.fetcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands a response body from the HTTP client's threads to the fetching thread one chunk at a time.
 * The fetching thread waits on a queue, so a stall (no chunk for the stall timeout) and a kill (a
 * marker put on the queue) both end the wait at once, and cancelling the subscription aborts the
 * exchange without waiting on the network.
 */
class BodyReader implements Flow.Subscriber<List<ByteBuffer>> {
    private static final Object END = new Object();
    private static final Object KILLED = new Object();

    /** Why a body was not read to its end. */
    enum Outcome { COMPLETE, STALLED, KILLED }

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> chunk) {
        events.add(chunk);
    }

    @Override
    public void onError(Throwable failure) {
        events.add(failure);
    }

    @Override
    public void onComplete() {
        events.add(END);
    }

    /** Drops a body that is of no use, e.g. an error page: the exchange is aborted. */
    static void discard(Flow.Publisher<List<ByteBuffer>> body) {
        body.subscribe(new BodyReader() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.cancel();
            }
        });
    }

    /** Ends the wait of the fetching thread; safe from any thread. */
    void kill() {
        events.add(KILLED);
    }

    /**
     * Writes the body into the file until it ends, stalls or is killed; cancels the exchange unless
     * it ended.
     *
     * @throws IOException when the body broke off or the file could not be written
     */
    @SuppressWarnings("unchecked")
    Outcome copyTo(FileChannel file, Duration stallTimeout) throws IOException, InterruptedException {
        try {
            while (true) {
                Object event = events.poll(stallTimeout.toNanos(), TimeUnit.NANOSECONDS);
                if (event == null || event == KILLED) {
                    cancel();
                    return event == null ? Outcome.STALLED : Outcome.KILLED;
                }
                if (event == END) {
                    return Outcome.COMPLETE;
                }
                if (event instanceof Throwable failure) {
                    throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
                }
                for (ByteBuffer buffer : (List<ByteBuffer>) event) {
                    while (buffer.hasRemaining()) {
                        file.write(buffer);
                    }
                }
                subscription.request(1);
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            cancel();
            throw e;
        }
    }

    private void cancel() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }
}
