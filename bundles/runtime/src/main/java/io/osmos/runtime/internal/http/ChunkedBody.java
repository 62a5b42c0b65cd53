package io.osmos.runtime.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The stream a streamed response body is written to, on a body thread: bytes are gathered into
 * chunks and each full chunk is handed to the connection. At most a few chunks are on their way at
 * once; the writer waits for the oldest to reach the network before making more, so a slow reader
 * holds up only its own writer and the memory held stays a few chunks whatever the body's size. A
 * body that ends within its first chunk goes out whole, with a Content-Length.
 */
final class ChunkedBody extends OutputStream {
    static final int CHUNK_BYTES = 64 * 1024;
    private static final int CHUNKS_IN_FLIGHT = 4;
    // A reader that takes nothing for this long is taken to be gone.
    private static final long STALL_SECONDS = 60;

    private final Answer answer;
    private final int status;
    private final String contentType;
    private final Deque<CompletableFuture<Void>> inFlight = new ArrayDeque<>();
    private byte[] buffer = new byte[CHUNK_BYTES];
    private int count;
    private boolean started;
    private boolean keep;
    private boolean closed;

    ChunkedBody(Answer answer, int status, String contentType) {
        this.answer = answer;
        this.status = status;
        this.contentType = contentType;
    }

    /** True once the head went out: a failure can then no longer become another status. */
    boolean started() {
        return started;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            send();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        while (length > 0) {
            if (count == buffer.length) {
                send();
            }
            int part = Math.min(length, buffer.length - count);
            System.arraycopy(bytes, offset, buffer, count, part);
            count += part;
            offset += part;
            length -= part;
        }
    }

    /** Ends the body: whole when it fitted in one chunk, else the rest and the terminating chunk. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        if (!started) {
            closed = true;
            byte[] whole = Arrays.copyOf(buffer, count);
            answer.whole(() -> answer.full(status, contentType, whole));
            return;
        }
        if (count > 0) {
            send();
        }
        closed = true;
        answer.end(keep);
    }

    private void send() throws IOException {
        if (closed) {
            throw new IOException("The response body is already complete");
        }
        if (!started) {
            started = true;
            keep = answer.head(status, contentType, Map.of());
        }
        if (inFlight.size() >= CHUNKS_IN_FLIGHT) {
            await(inFlight.removeFirst());
        }
        // The buffer now belongs to the connection until written; the next chunk gets a new one.
        inFlight.addLast(answer.chunk(buffer, count));
        buffer = new byte[CHUNK_BYTES];
        count = 0;
    }

    private static void await(CompletableFuture<Void> written) throws IOException {
        try {
            written.get(STALL_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("The client read nothing for " + STALL_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new IOException("The client went away: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the client was reading", e);
        }
    }
}
