package io.osmos.runtime.internal.http;

import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A real server on a free loopback port and a plain JDK client to talk to it. */
final class LoopbackServer implements AutoCloseable {
    final Router router = Router.withBuiltIns();
    final NettyHttpServer server;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong nextOrder = new AtomicLong();

    LoopbackServer() {
        this(ServerSettings.loopback());
    }

    LoopbackServer(ServerSettings settings) {
        server = new NettyHttpServer(settings, router);
    }

    /** Serves an endpoint at a path (exact, or a prefix ending in "/*"); the path is also its key. */
    void route(String path, HttpEndpoint endpoint) {
        router.add(path, path, 0, nextOrder.incrementAndGet(), endpoint);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> post(String path, byte[] body, String... headers) throws IOException, InterruptedException {
        return client.send(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Returns as soon as the response headers arrive; the body is read as it streams in. */
    HttpResponse<InputStream> stream(String path, String... headers) throws IOException, InterruptedException {
        return client.send(request(path, headers).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    @Override
    public void close() {
        server.close();
    }
}
