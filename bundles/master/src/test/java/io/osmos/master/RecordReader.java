package io.osmos.master;

import io.osmos.master.support.Await;
import io.osmos.runtime.http.RecordIO;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reads a RecordIO event stream on its own thread and keeps every decoded event. */
final class RecordReader<T> implements AutoCloseable {
    private final List<T> received = new CopyOnWriteArrayList<>();
    private final InputStream body;

    RecordReader(InputStream body, Function<byte[], T> decode, String name) {
        this.body = body;
        Thread reader = new Thread(() -> read(decode), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Function<byte[], T> decode) {
        RecordIO.Decoder decoder = new RecordIO.Decoder();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                decoder.feed(buffer, 0, n).forEach(record -> received.add(decode.apply(record)));
            }
        } catch (IOException | RuntimeException cut) {
            // the stream was closed; what arrived stays readable
        }
    }

    /** The first event received that matches, waiting for it within the usual bound. */
    T await(String what, Predicate<T> matches) {
        return Await.present(what, () -> received.stream().filter(matches).findFirst());
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // best effort: the connection may be gone already
        }
    }
}
