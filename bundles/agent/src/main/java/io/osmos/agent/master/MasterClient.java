package io.osmos.agent.master;

import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.runtime.http.MediaType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * HTTP to the master with the JDK client: it streams a response body to a Flow subscriber as chunks
 * arrive, so reading the event stream takes no thread of its own, and it needs no bundle beyond the
 * JDK. Calls are protobuf both ways.
 */
public final class MasterClient implements AutoCloseable {
    public static final String STREAM_ID = "Mesos-Stream-Id";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final ExecutorService executor;
    private final HttpClient http;

    public MasterClient() {
        AtomicInteger next = new AtomicInteger();
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "osmos-agent-http-" + next.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(null); // never pin a bundle's class loader
            return thread;
        });
        // The client's own selector thread inherits the creator's context class loader: make it none.
        Thread current = Thread.currentThread();
        ClassLoader saved = current.getContextClassLoader();
        current.setContextClassLoader(null);
        try {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                    .executor(executor).build();
        } finally {
            current.setContextClassLoader(saved);
        }
    }

    /** An open or opening event stream. */
    public interface Subscription {
        /** Closes the stream; its listener is not told. */
        void cancel();
    }

    /** POSTs REGISTER or REREGISTER and streams the answer's events to the listener. */
    public Subscription subscribe(URI uri, AgentCall call, StreamListener listener) {
        OnceClosed once = new OnceClosed(listener);
        AtomicReference<EventStreamSubscriber> reader = new AtomicReference<>();
        HttpResponse.BodyHandler<Void> handler = info -> {
            if (info.statusCode() != 200) {
                return BodySubscribers.mapping(BodySubscribers.ofString(StandardCharsets.UTF_8), body -> {
                    once.closed("the master answered " + info.statusCode() + (body.isBlank() ? "" : ": " + body.trim()));
                    return null;
                });
            }
            String contentType = info.headers().firstValue("Content-Type").orElse(MediaType.PROTOBUF.contentType());
            MediaType type = contentType.startsWith(MediaType.JSON.contentType()) ? MediaType.JSON : MediaType.PROTOBUF;
            EventStreamSubscriber subscriber = new EventStreamSubscriber(type, once);
            reader.set(subscriber);
            String streamId = info.headers().firstValue(STREAM_ID).orElse(null);
            if (streamId == null) {
                subscriber.cancel();
                once.closed("the master's answer has no " + STREAM_ID + " header");
            } else {
                once.opened(streamId);
            }
            return BodySubscribers.fromSubscriber(subscriber, s -> null);
        };
        CompletableFuture<HttpResponse<Void>> response = http.sendAsync(request(uri, call).build(), handler);
        response.whenComplete((ignored, failure) -> {
            if (failure != null) {
                once.closed("cannot reach the master at " + uri + ": " + rootMessage(failure));
            }
        });
        return () -> {
            once.silence();
            EventStreamSubscriber subscriber = reader.get();
            if (subscriber != null) {
                subscriber.cancel();
            }
            response.cancel(true);
        };
    }

    /** POSTs a call on the agent's stream; completes with the status and body, or the I/O failure. */
    public CompletableFuture<HttpResponse<String>> post(URI uri, AgentCall call, String streamId) {
        HttpRequest request = request(uri, call).header(STREAM_ID, streamId).timeout(CALL_TIMEOUT).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static HttpRequest.Builder request(URI uri, AgentCall call) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", MediaType.PROTOBUF.contentType())
                .header("Accept", MediaType.PROTOBUF.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(call.toByteArray()));
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** Lets the first close through and nothing after it, and nothing at all once cancelled. */
    private static final class OnceClosed implements StreamListener {
        private final StreamListener delegate;
        private final AtomicBoolean done = new AtomicBoolean();

        OnceClosed(StreamListener delegate) {
            this.delegate = delegate;
        }

        void silence() {
            done.set(true);
        }

        @Override
        public void opened(String streamId) {
            if (!done.get()) {
                delegate.opened(streamId);
            }
        }

        @Override
        public void event(AgentEvent event) {
            if (!done.get()) {
                delegate.event(event);
            }
        }

        @Override
        public void closed(String reason) {
            if (done.compareAndSet(false, true)) {
                delegate.closed(reason);
            }
        }
    }
}
