package io.osmos.master.state;

import com.google.protobuf.Message;
import io.osmos.runtime.http.EventStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open event stream (a framework's, an agent's or an operator's) and its Mesos-Stream-Id. A
 * reader that falls behind by more than the backlog limit is cut off rather than left to fill the
 * master's memory: sending never blocks, and cutting the connection frees what it held and runs the
 * stream's close callbacks, which treat the subscriber as disconnected.
 */
public final class Subscriber {
    private static final Logger LOG = LoggerFactory.getLogger(Subscriber.class);

    private final EventStream stream;
    private final String streamId;
    private final long maxBacklog;

    /** @param maxBacklog bytes the stream may hold for the reader before it is closed */
    public Subscriber(EventStream stream, String streamId, long maxBacklog) {
        this.stream = stream;
        this.streamId = streamId;
        this.maxBacklog = maxBacklog;
    }

    public EventStream stream() {
        return stream;
    }

    public String streamId() {
        return streamId;
    }

    public boolean isOpen() {
        return stream.isOpen();
    }

    /** Sends one event; false when the stream is closed, or was just closed for falling behind. */
    public boolean send(Message event) {
        if (!stream.send(event)) {
            return false;
        }
        long backlog = stream.pendingBytes();
        if (backlog > maxBacklog) {
            LOG.warn("Closing event stream {}: its reader is {} bytes behind (limit {})", streamId, backlog, maxBacklog);
            // Not close(): its terminating chunk would queue behind the backlog, which stays in memory.
            stream.abort();
            return false;
        }
        return true;
    }

    public void close() {
        stream.close();
    }
}
