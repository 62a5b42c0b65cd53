package io.osmos.agent.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.runtime.internal.http.NettyHttpServer;
import io.osmos.runtime.internal.http.Router;
import io.osmos.runtime.internal.http.ServerSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the files API answers: Mesos clients (the web UI, mesos-ps) ask an agent for /files/... and
 * /slave(1)/files/...; an agent on its own ({@code osmos agent}, no prefix) and one beside a master
 * ({@code osmos local}, prefix /slave(1)) both answer there, over real HTTP as the component registers it.
 */
class FilesPathsTest {
    @TempDir
    Path tmp;

    private final ExecutorService io = Executors.newCachedThreadPool();
    private NettyHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        io.shutdownNow();
    }

    private int serve(String httpPrefix) throws Exception {
        Path sandbox = Files.createDirectories(tmp.resolve("sandbox"));
        Files.writeString(sandbox.resolve("stdout"), "hello\n");
        FilesEndpoint files = new FilesEndpoint(httpPrefix, io);
        files.attach("/sandbox", sandbox);
        Router router = Router.withBuiltIns();
        for (String path : files.servicePaths()) {
            router.add("files " + path, path, 0, 1, files);
        }
        server = new NettyHttpServer(ServerSettings.loopback(), router);
        return server.address().getPort();
    }

    @Test
    void aStandaloneAgentAnswersAtFilesAndBelowSlave1() throws Exception {
        int port = serve("");

        assertArrayEquals(new String[] {"/slave(1)/files/*", "/files/*"}, new FilesEndpoint("", io).servicePaths());
        assertEquals("{\"data\":\"hello\\n\",\"offset\":0}", get(port, "/files/read?path=/sandbox/stdout&offset=0"));
        assertEquals("{\"data\":\"hello\\n\",\"offset\":0}",
                get(port, "/slave(1)/files/read?path=/sandbox/stdout&offset=0"));
    }

    @Test
    void anAgentBesideAMasterAnswersAtTheSamePaths() throws Exception {
        int port = serve("/slave(1)");

        assertArrayEquals(new String[] {"/slave(1)/files/*", "/files/*"},
                new FilesEndpoint("/slave(1)", io).servicePaths());
        assertEquals("{\"data\":\"hello\\n\",\"offset\":0}", get(port, "/files/read?path=/sandbox/stdout&offset=0"));
        assertEquals("{\"data\":\"hello\\n\",\"offset\":0}",
                get(port, "/slave(1)/files/read?path=/sandbox/stdout&offset=0"));
    }

    @Test
    void aCustomPrefixKeepsItsOwnPathToo() throws Exception {
        int port = serve("/agent");

        assertEquals("{\"data\":\"hello\\n\",\"offset\":0}", get(port, "/agent/files/read?path=/sandbox/stdout&offset=0"));
        assertEquals(404, status(port, "/agent/files/nothing"));
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> response = send(port, path);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static int status(int port, String path) throws Exception {
        return send(port, path).statusCode();
    }

    private static HttpResponse<String> send(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
