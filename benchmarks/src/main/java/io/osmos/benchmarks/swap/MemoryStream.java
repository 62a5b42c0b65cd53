package io.osmos.benchmarks.swap;

import com.google.protobuf.Message;
import io.osmos.runtime.http.EventStream;
import io.osmos.runtime.http.MediaType;
import java.util.function.Consumer;

/**
 * An event stream that hands each event, as the master built it, to the simulated peer instead of a
 * socket: the benchmark measures the master and its allocators, not encoding and TCP.
 */
final class MemoryStream implements EventStream {
    private final Consumer<Message> peer;
    private volatile boolean open = true;

    MemoryStream(Consumer<Message> peer) {
        this.peer = peer;
    }

    @Override
    public MediaType mediaType() {
        return MediaType.PROTOBUF;
    }

    @Override
    public boolean send(Message event) {
        if (open) {
            peer.accept(event);
        }
        return open;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public long pendingBytes() {
        return 0;
    }

    @Override
    public void close() {
        open = false;
    }

    @Override
    public void onClose(Runnable callback) {
        // nothing closes these streams while the benchmark runs
    }
}
