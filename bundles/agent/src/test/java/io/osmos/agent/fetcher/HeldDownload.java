package io.osmos.agent.fetcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A download the test holds up: the first request gets its headers and the first bytes of the body,
 * then nothing until the test releases it (or closes this); later requests get the whole body at once.
 */
final class HeldDownload implements HttpHandler, AutoCloseable {
    private final byte[] body;
    private final int head;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();

    HeldDownload(byte[] body, int head) {
        this.body = body.clone();
        this.head = head;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean first = requests.incrementAndGet() == 1;
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (first) {
                out.write(Arrays.copyOf(body, head));
                out.flush();
                started.countDown();
                awaitRelease();
                out.write(body, head, body.length - head);
            } else {
                out.write(body);
            }
        }
    }

    /** Waits until the first request has its head: the fetcher is now downloading. */
    void awaitStarted() throws InterruptedException {
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The fetcher did not request the held download within 30 s");
        }
    }

    /** Lets the first request finish its body. */
    void release() {
        released.countDown();
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        release();
    }

    private void awaitRelease() {
        try {
            released.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
