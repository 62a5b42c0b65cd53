package io.osmos.runtime.http;

import com.google.protobuf.Message;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A streaming response of RecordIO-framed events, such as a SUBSCRIBE stream. All methods are
 * thread-safe; writes go out in the order they were made.
 */
@ProviderType
public interface EventStream {
    /** The negotiated encoding of the events. */
    MediaType mediaType();

    /** Sends one event as one record in one chunk; false (and nothing sent) when the stream is closed. */
    boolean send(Message event);

    boolean isOpen();

    /**
     * False while the connection's outbound buffer is above its high-water mark, i.e. the client is
     * not reading fast enough; a master may cut off such a subscriber.
     */
    boolean isWritable();

    /** Bytes sent but not yet handed to the network. */
    long pendingBytes();

    /** Ends the stream (terminating chunk); the connection stays open for further requests if kept alive. */
    void close();

    /**
     * Ends the stream by closing its connection at once: whatever is still held for the reader is
     * dropped (and its memory freed) rather than sent ahead of a terminating chunk, as {@link #close}
     * would. For a reader cut off for falling behind. The close callbacks run as for {@link #close}.
     *
     * @since 1.1
     */
    default void abort() {
        close();
    }

    /**
     * Runs the callback once when the stream ends, whether the client went away or {@link #close} was
     * called; at once if it has already ended. It runs on an I/O thread or the closing thread: hand
     * real work to an actor.
     */
    void onClose(Runnable callback);
}
