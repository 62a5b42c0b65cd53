package io.osmos.master.support;

import io.osmos.master.core.Master;
import io.osmos.master.core.MasterSettings;
import io.osmos.master.http.AgentEndpoint;
import io.osmos.master.http.MetricsEndpoint;
import io.osmos.master.http.OperatorEndpoint;
import io.osmos.master.http.SchedulerEndpoint;
import io.osmos.master.http.StateEndpoint;
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
    private final NettyHttpServer server = new NettyHttpServer(ServerSettings.loopback(), router);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong order = new AtomicLong();

    public TestMaster() {
        this(MasterSettings.defaults());
    }

    public TestMaster(MasterSettings settings) {
        master = new Master(settings.withHostname("localhost"), server.address());
        route(SchedulerEndpoint.PATH, new SchedulerEndpoint(master));
        route(AgentEndpoint.PATH, new AgentEndpoint(master));
        route(OperatorEndpoint.PATH, new OperatorEndpoint(master));
        StateEndpoint state = new StateEndpoint(master);
        StateEndpoint.PATHS.forEach(path -> route(path, state));
        route(MetricsEndpoint.PATH, new MetricsEndpoint(master));
        try {
            if (!master.installAllocator("fake", allocator, () -> { }).get(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The fake allocator did not start");
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot install the fake allocator", e);
        }
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
