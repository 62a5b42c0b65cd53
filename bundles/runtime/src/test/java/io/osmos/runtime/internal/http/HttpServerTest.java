package io.osmos.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpServerTest {
    private final LoopbackServer http = new LoopbackServer();

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void portZeroPicksAFreePort() {
        assertNotEquals(0, http.server.address().getPort());
    }

    @Test
    void versionAnswersInTheMesosShape() throws Exception {
        HttpResponse<String> response = http.get("/version");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject version = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals("1.11.0", version.get("version").getAsString());
        assertEquals("0.1.0-SNAPSHOT", version.get("osmos_version").getAsString());
        assertTrue(version.get("build_date").getAsString().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"),
                version.toString());
        assertTrue(version.get("build_time").getAsJsonPrimitive().isNumber(), version.toString());
        assertEquals("", version.get("build_user").getAsString());
    }

    @Test
    void healthAnswers200WithAnEmptyBody() throws Exception {
        HttpResponse<String> response = http.get("/health");
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void anUnknownPathIs404() throws Exception {
        HttpResponse<String> response = http.get("/master/nope?x=1");
        assertEquals(404, response.statusCode());
        assertEquals("No endpoint at '/master/nope'", response.body());
    }

    @Test
    void aThrowingEndpointIs500WithOneLine() throws Exception {
        http.route("/broken", exchange -> {
            throw new IllegalStateException("registry\nunavailable");
        });
        HttpResponse<String> response = http.get("/broken");
        assertEquals(500, response.statusCode());
        assertEquals("Failed to handle GET /broken: java.lang.IllegalStateException: registry unavailable",
                response.body());
    }

    @Test
    void endpointsComeAndGoLive() throws Exception {
        http.route("/files/*", exchange -> exchange.respondText(200, "prefix " + exchange.path()));
        http.route("/files/browse", exchange -> exchange.respondText(200, "exact"));
        assertEquals("prefix /files/download", http.get("/files/download?path=/tmp").body());
        assertEquals("prefix /files", http.get("/files").body());
        assertEquals("exact", http.get("/files/browse").body());
        assertEquals(404, http.get("/filesystem").statusCode());

        http.router.remove("/files/browse");
        assertEquals("prefix /files/browse", http.get("/files/browse").body());
        http.router.remove("/files/*");
        assertEquals(404, http.get("/files/browse").statusCode());
    }

    @Test
    void aRegisteredEndpointReplacesABuiltInOne() throws Exception {
        http.route("/health", exchange -> exchange.respondText(503, "not yet recovered"));
        assertEquals(503, http.get("/health").statusCode());
    }

    @Test
    void queryParametersAndHeadersReachTheEndpoint() throws Exception {
        http.route("/echo", exchange -> exchange.header("X-Seen", exchange.header("x-custom"))
                .respondText(200, exchange.queryParameters().toString()));
        HttpResponse<String> response = http.get("/echo?jsonp=cb&path=%2Ftmp&path=b", "X-Custom", "hi");
        assertEquals("{jsonp=[cb], path=[/tmp, b]}", response.body());
        assertEquals("hi", response.headers().firstValue("X-Seen").orElseThrow());
    }

    @Test
    void aBodyOverTheLimitIs413WithTheLimit() throws Exception {
        try (LoopbackServer small = new LoopbackServer(ServerSettings.loopback().withMaxBodyBytes(1024))) {
            small.route("/api/v1", exchange -> exchange.respondText(200, "got " + exchange.body().length));
            HttpResponse<byte[]> tooLarge = small.post("/api/v1", new byte[2000], "Content-Type", "application/json");
            assertEquals(413, tooLarge.statusCode());
            assertEquals("Request body exceeds the limit of 1024 bytes",
                    new String(tooLarge.body(), StandardCharsets.UTF_8));
            HttpResponse<byte[]> fits = small.post("/api/v1", new byte[1024], "Content-Type", "application/json");
            assertEquals("got 1024", new String(fits.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aTakenPortFailsWithAClearMessage() {
        int port = http.server.address().getPort();
        ServerSettings same = new ServerSettings("127.0.0.1", port, FirewallRules.NONE, 1024);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new NettyHttpServer(same, new Router()));
        assertTrue(e.getMessage().startsWith("HTTP server cannot listen on 127.0.0.1:" + port + ": "), e.getMessage());
    }
}
