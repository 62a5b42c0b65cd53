package io.osmos.agent.master;

import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.MediaType;
import io.osmos.runtime.http.RecordIO;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * Reads a RecordIO stream of agent events as its bytes arrive, asking for one chunk at a time, and
 * hands every complete event to the listener. A malformed record ends the stream: framing cannot be
 * recovered after it.
 */
final class EventStreamSubscriber implements Flow.Subscriber<List<ByteBuffer>> {
    // An event carrying a task with a large command still fits; a runaway length does not.
    private static final int MAX_EVENT_BYTES = 64 * 1024 * 1024;

    private final MediaType type;
    private final StreamListener listener;
    private final RecordIO.Decoder decoder = new RecordIO.Decoder(MAX_EVENT_BYTES);
    private Flow.Subscription subscription;
    private volatile boolean cancelled;

    EventStreamSubscriber(MediaType type, StreamListener listener) {
        this.type = type;
        this.listener = listener;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        synchronized (this) {
            this.subscription = subscription;
        }
        if (cancelled) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        try {
            for (ByteBuffer buffer : buffers) {
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                for (byte[] record : decoder.feed(bytes)) {
                    listener.event(Codec.parse(record, type, AgentEvent.getDefaultInstance()));
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | BadRequestException e) {
            cancel();
            listener.closed("malformed event stream: " + e.getMessage());
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        listener.closed("event stream broke: " + (failure.getMessage() != null ? failure.getMessage() : failure));
    }

    @Override
    public void onComplete() {
        listener.closed(decoder.hasPartialRecord() ? "event stream ended in the middle of an event"
                : "the master ended the event stream");
    }

    /** Stops reading and closes the connection. */
    void cancel() {
        cancelled = true;
        Flow.Subscription s;
        synchronized (this) {
            s = subscription;
        }
        if (s != null) {
            s.cancel();
        }
    }
}
