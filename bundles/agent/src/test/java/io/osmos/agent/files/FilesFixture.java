package io.osmos.agent.files;

import io.osmos.runtime.internal.http.NettyHttpServer;
import io.osmos.runtime.internal.http.Router;
import io.osmos.runtime.internal.http.ServerSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The files API over real HTTP: the endpoint under the local-mode prefix "/slave(1)" on the runtime's
 * Netty server on loopback, a sandbox attached as "/sandbox", and the JDK's client.
 */
final class FilesFixture implements AutoCloseable {
    final Path sandbox;
    final FilesEndpoint files;
    private final ExecutorService io = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "test-files-io");
        thread.setDaemon(true);
        return thread;
    });
    private final NettyHttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A sandbox with stdout (rw-r--r--), run.sh (rwxr-xr-x) and logs/app.txt (rw-r-----). */
    FilesFixture(Path tmp) throws Exception {
        sandbox = Files.createDirectories(tmp.resolve("sandbox"));
        write(sandbox.resolve("stdout"), "hello world\n", "rw-r--r--");
        write(sandbox.resolve("run.sh"), "#!/bin/sh\n", "rwxr-xr-x");
        write(Files.createDirectories(sandbox.resolve("logs")).resolve("app.txt"), "line 1\n", "rw-r-----");
        files = new FilesEndpoint("/slave(1)", io);
        files.attach("/sandbox", sandbox);
        Router router = Router.withBuiltIns();
        router.add("files", files.servicePath(), 0, 1, files);
        server = new NettyHttpServer(ServerSettings.loopback(), router);
    }

    /** GET /slave(1)/files/{endpoint} with the query given as name, value, name, value... */
    HttpResponse<String> get(String endpoint, String... query) throws Exception {
        return client.send(request(endpoint, query), HttpResponse.BodyHandlers.ofString());
    }

    /** The body of /files/read for the path, with more of the query as name, value... */
    String read(String path, String... query) throws Exception {
        String[] all = new String[query.length + 2];
        all[0] = "path";
        all[1] = path;
        System.arraycopy(query, 0, all, 2, query.length);
        return get("read", all).body();
    }

    HttpResponse<byte[]> getBytes(String endpoint, String... query) throws Exception {
        return client.send(request(endpoint, query), HttpResponse.BodyHandlers.ofByteArray());
    }

    static Path write(Path file, String text, String mode) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private HttpRequest request(String endpoint, String... query) {
        StringBuilder uri = new StringBuilder("http://127.0.0.1:" + server.address().getPort() + "/slave(1)/files/"
                + endpoint);
        for (int i = 0; i < query.length; i += 2) {
            uri.append(i == 0 ? '?' : '&').append(query[i]).append('=')
                    .append(URLEncoder.encode(query[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(URI.create(uri.toString())).timeout(Duration.ofSeconds(10)).GET().build();
    }

    @Override
    public void close() {
        server.close();
        io.shutdownNow();
    }
}
