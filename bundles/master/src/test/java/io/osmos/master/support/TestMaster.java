package io.osmos.master.support;

import io.osmos.master.core.AllocatorChoice;
import io.osmos.master.core.Master;
import io.osmos.master.core.MasterSettings;
import io.osmos.master.http.AllocatorEndpoint;
import io.osmos.master.http.MasterEndpoints;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import io.osmos.runtime.internal.http.NettyHttpServer;
import io.osmos.runtime.internal.http.Router;
import io.osmos.runtime.internal.http.ServerSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real master on the runtime's Netty server on a free loopback port, with a fake allocator
 * installed, and a plain JDK HTTP client to talk to it: what a framework or agent would see.
 */
public final class TestMaster implements AutoCloseable {
    public final FakeAllocator allocator = new FakeAllocator();
    public final Master master;
    private final Router router = Router.withBuiltIns();
    private final NettyHttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong order = new AtomicLong();

    public TestMaster() {
        this(MasterSettings.defaults());
    }

    public TestMaster(MasterSettings settings) {
        this(settings, ServerSettings.loopback());
    }

    /** @param http the HTTP server's settings, e.g. a small body limit */
    public TestMaster(MasterSettings settings, ServerSettings http) {
        server = new NettyHttpServer(http, router);
        master = new Master(settings.withHostname("localhost"), server.address());
        MasterEndpoints.of(master).forEach(this::route);
        try {
            if (!master.installAllocator("fake", allocator, () -> { }).get(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The fake allocator did not start");
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot install the fake allocator", e);
        }
    }

    /** Serves {@code /allocator} for a choice the test made: a plain master has no registry of allocators. */
    public void serveAllocatorChoice(AllocatorChoice choice) {
        AllocatorEndpoint endpoint = new AllocatorEndpoint(master, choice);
        AllocatorEndpoint.PATHS.forEach(path -> route(path, endpoint));
    }

    private void route(String path, HttpEndpoint endpoint) {
        router.add(path, path, 0, order.incrementAndGet(), endpoint);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    /** POSTs a body; headers come as name, value pairs. */
    public HttpResponse<byte[]> post(String path, byte[] body, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** An operator API call in JSON, e.g. {@code {"type":"GET_TASKS"}}; returns status and body. */
    public HttpResponse<byte[]> operator(String json) {
        return post("/api/v1", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "Content-Type",
                "application/json");
    }

    /** The body of a successful operator API call in JSON. */
    public String operatorOk(String json) {
        HttpResponse<byte[]> response = operator(json);
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            throw new AssertionError("Operator call " + json + " answered " + response.statusCode() + ": " + body);
        }
        return body;
    }

    /** A status and the start of the body; a 200 body is not read (it may be an endless event stream). */
    public record Answer(int status, String body) {
    }

    /** POSTs anything and answers with what came back, never waiting on an event stream. */
    public Answer exchange(String path, byte[] body, String... headers) {
        HttpResponse<InputStream> response = open(path, body, headers);
        try (InputStream in = response.body()) {
            if (response.statusCode() == 200) {
                return new Answer(200, "");
            }
            return new Answer(response.statusCode(),
                    new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs a body without waiting for the answer, as an agent answering a ping does. */
    public CompletableFuture<HttpResponse<byte[]>> postAsync(String path, byte[] body, String... headers) {
        return client.sendAsync(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a body and returns as soon as the response headers arrive; the body streams in. */
    public HttpResponse<InputStream> open(String path, byte[] body, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        master.stop();
        server.close();
    }
}
