package io.osmos.master.support;

import io.osmos.runtime.http.RecordIO;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/** Reads a RecordIO response body on its own thread, decoding each record into an {@link EventLog}. */
final class RecordStream<T> implements AutoCloseable {
    private final InputStream body;
    private final Thread reader;

    RecordStream(InputStream body, Function<byte[], T> decode, EventLog<T> log, String name) {
        this.body = body;
        this.reader = new Thread(() -> read(decode, log), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Function<byte[], T> decode, EventLog<T> log) {
        RecordIO.Decoder decoder = new RecordIO.Decoder();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                for (byte[] record : decoder.feed(buffer, 0, n)) {
                    log.add(decode.apply(record));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the stream was cut; the log's end tells the test
        } finally {
            log.end();
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // closing is best effort: the connection may be gone already
        }
    }
}
