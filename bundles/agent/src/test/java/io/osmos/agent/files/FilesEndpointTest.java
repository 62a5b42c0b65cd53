package io.osmos.agent.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
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
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files API over real HTTP: the runtime's Netty server on loopback and the JDK's client. */
class FilesEndpointTest {
    @TempDir
    Path tmp;
    Path sandbox;
    ExecutorService io = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "test-files-io");
        thread.setDaemon(true);
        return thread;
    });
    FilesEndpoint files;
    NettyHttpServer server;
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void setUp() throws Exception {
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

    @AfterEach
    void tearDown() {
        server.close();
        io.shutdownNow();
    }

    @Test
    void browseListsADirectoryAsMesosModelsFileInfo() throws Exception {
        HttpResponse<String> response = get("browse", "path", "/sandbox");

        assertEquals(200, response.statusCode());
        JsonArray listing = JsonParser.parseString(response.body()).getAsJsonArray();
        assertEquals(3, listing.size());
        JsonObject logs = listing.get(0).getAsJsonObject();
        JsonObject stdout = listing.get(2).getAsJsonObject();
        assertEquals("/sandbox/logs", logs.get("path").getAsString());
        assertTrue(logs.get("mode").getAsString().startsWith("d"));
        assertEquals("/sandbox/run.sh", listing.get(1).getAsJsonObject().get("path").getAsString());
        assertEquals("-rwxr-xr-x", listing.get(1).getAsJsonObject().get("mode").getAsString());
        assertEquals("/sandbox/stdout", stdout.get("path").getAsString());
        assertEquals("-rw-r--r--", stdout.get("mode").getAsString());
        assertEquals(12, stdout.get("size").getAsLong());
        assertEquals(1, stdout.get("nlink").getAsInt());
        assertEquals(System.getProperty("user.name"), stdout.get("uid").getAsString());
        assertTrue(Math.abs(Instant.now().getEpochSecond() - stdout.get("mtime").getAsLong()) < 600);
    }

    @Test
    void browseBelowTheAttachedDirectoryAndWithATrailingSlash() throws Exception {
        JsonArray listing = JsonParser.parseString(get("browse", "path", "/sandbox/logs/").body()).getAsJsonArray();

        assertEquals(1, listing.size());
        assertEquals("/sandbox/logs/app.txt", listing.get(0).getAsJsonObject().get("path").getAsString());
        assertEquals("-rw-r-----", listing.get(0).getAsJsonObject().get("mode").getAsString());
    }

    @Test
    void readReturnsDataFromAnOffsetOrTheSize() throws Exception {
        assertEquals("{\"data\":\"hello\",\"offset\":0}",
                get("read", "path", "/sandbox/stdout", "offset", "0", "length", "5").body());
        assertEquals("{\"data\":\"world\\n\",\"offset\":6}", get("read", "path", "/sandbox/stdout", "offset", "6").body());
        assertEquals("{\"data\":\"\",\"offset\":12}", get("read", "path", "/sandbox/stdout", "offset", "-1").body());
        assertEquals("{\"data\":\"\",\"offset\":12}", get("read", "path", "/sandbox/stdout").body());
        assertEquals("{\"data\":\"\",\"offset\":40}", get("read", "path", "/sandbox/stdout", "offset", "40").body());
    }

    @Test
    void badRequestsAreRefusedWithTheReason() throws Exception {
        assertAnswer(400, "Expecting 'path=value' in query.", get("browse"));
        assertAnswer(400, "Failed to parse offset: 'abc' is not a number.",
                get("read", "path", "/sandbox/stdout", "offset", "abc"));
        assertAnswer(400, "Negative offset provided: -2.", get("read", "path", "/sandbox/stdout", "offset", "-2"));
        assertAnswer(400, "Negative length provided: -7.", get("read", "path", "/sandbox/stdout", "length", "-7"));
        assertAnswer(400, "Cannot read a directory.", get("read", "path", "/sandbox/logs", "offset", "0"));
        assertAnswer(400, "Cannot download a directory.", get("download", "path", "/sandbox/logs"));
        assertAnswer(404, "No such file or directory: '/sandbox/nothing'", get("read", "path", "/sandbox/nothing"));
        assertAnswer(404, "No such file or directory: '/elsewhere/stdout'", get("browse", "path", "/elsewhere/stdout"));
        assertEquals(404, get("tail", "path", "/sandbox/stdout").statusCode());
    }

    @Test
    void downloadSendsTheRawFileAsAnAttachment() throws Exception {
        HttpResponse<byte[]> response = client.send(request("download", "path", "/sandbox/stdout"),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> text = client.send(request("download", "path", "/sandbox/logs/app.txt"),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        assertArrayEquals("hello world\n".getBytes(StandardCharsets.UTF_8), response.body());
        assertEquals("attachment; filename=stdout", response.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("application/octet-stream", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/plain", text.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void pathsThatLeaveTheAttachedDirectoryAreRefused() throws Exception {
        Files.createSymbolicLink(sandbox.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(sandbox.resolve("passwd"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(sandbox.resolve("inside"), sandbox.resolve("logs"));

        assertEquals(403, get("read", "path", "/sandbox/../../../etc/passwd", "offset", "0").statusCode());
        assertEquals(403, get("download", "path", "/sandbox/logs/../../sandbox/../etc/passwd").statusCode());
        assertEquals(403, get("read", "path", "/sandbox/etc/passwd", "offset", "0").statusCode());
        assertEquals(403, get("browse", "path", "/sandbox/etc").statusCode());
        HttpResponse<String> link = get("download", "path", "/sandbox/passwd");
        assertAnswer(403, "'/sandbox/passwd' is inaccessible: it leads outside the attached directory", link);
        assertEquals("{\"data\":\"line 1\\n\",\"offset\":0}",
                get("read", "path", "/sandbox/inside/app.txt", "offset", "0").body(), "links within it still work");
        assertEquals("{\"data\":\"hello\",\"offset\":0}",
                get("read", "path", "/sandbox/logs/../stdout", "offset", "0", "length", "5").body());
    }

    @Test
    void anExecutorsSandboxIsReachableUnderItsMesosPathsUntilDetached() throws Exception {
        Path runs = Files.createDirectories(tmp.resolve("slaves/a1/frameworks/f1/executors/e1/runs"));
        Path run = Files.createDirectories(runs.resolve("c1"));
        write(run.resolve("stderr"), "oops", "rw-r--r--");
        Files.createSymbolicLink(runs.resolve("latest"), Path.of("c1"));
        FrameworkID framework = FrameworkID.newBuilder().setValue("f1").build();
        ExecutorID executor = ExecutorID.newBuilder().setValue("e1").build();

        files.attachSandbox(run, framework, executor);

        for (String path : new String[] {run.toString(), runs.resolve("latest").toString(),
                "/frameworks/f1/executors/e1/runs/latest"}) {
            assertEquals("{\"data\":\"oops\",\"offset\":0}", get("read", "path", path + "/stderr", "offset", "0").body());
        }
        JsonObject debug = JsonParser.parseString(get("debug").body()).getAsJsonObject();
        assertEquals(run.toRealPath().toString(), debug.get("/frameworks/f1/executors/e1/runs/latest").getAsString());

        files.detachSandbox(run, framework, executor);

        assertEquals(404, get("read", "path", "/frameworks/f1/executors/e1/runs/latest/stderr").statusCode());
        assertEquals(404, get("read", "path", run + "/stderr").statusCode());
    }

    @Test
    void anAttachedFileIsReadableButHasNothingBelowIt() throws Exception {
        Path log = write(tmp.resolve("agent.log"), "started\n", "rw-r--r--");
        files.attach("/agent/log", log);

        assertEquals("{\"data\":\"started\\n\",\"offset\":0}", get("read", "path", "/agent/log", "offset", "0").body());
        assertEquals(404, get("read", "path", "/agent/log/more", "offset", "0").statusCode());
        files.detach("/agent/log");
        assertEquals(404, get("read", "path", "/agent/log", "offset", "0").statusCode());
    }

    private HttpResponse<String> get(String endpoint, String... query) throws Exception {
        return client.send(request(endpoint, query), HttpResponse.BodyHandlers.ofString());
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

    private static void assertAnswer(int status, String message, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(message, response.body().strip());
    }

    private static Path write(Path file, String text, String mode) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }
}
