package io.osmos.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bodies written as they are made: large ones in chunks, short ones whole, failures as a user sees them. */
class StreamedBodyTest {
    private static final int BIG = 5 * 1024 * 1024 + 123;

    private final LoopbackServer http = new LoopbackServer();

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void aLargeBodyArrivesWholeInChunksWrittenOffTheCallersThread() throws Exception {
        CompletableFuture<String> writer = new CompletableFuture<>();
        http.route("/state", exchange -> exchange.respond(200, "application/octet-stream", out -> {
            writer.complete(Thread.currentThread().getName());
            try {
                byte[] piece = new byte[1000];
                for (int written = 0; written < BIG; written += piece.length) {
                    int length = Math.min(piece.length, BIG - written);
                    for (int i = 0; i < length; i++) {
                        piece[i] = (byte) (written + i);
                    }
                    out.write(piece, 0, length);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        HttpResponse<byte[]> response = http.client.send(HttpRequest.newBuilder(http.uri("/state"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        assertEquals("chunked", response.headers().firstValue("Transfer-Encoding").orElse("none"));
        assertEquals("application/octet-stream", response.headers().firstValue("Content-Type").orElseThrow());
        byte[] expected = new byte[BIG];
        for (int i = 0; i < BIG; i++) {
            expected[i] = (byte) i;
        }
        assertArrayEquals(expected, response.body());
        assertTrue(writer.get(5, TimeUnit.SECONDS).startsWith("osmos-http-body-"), writer.get());
        assertEquals(200, http.get("/health").statusCode(), "the connection serves the next request");
    }

    @Test
    void aShortBodyGoesOutWholeWithItsLength() throws Exception {
        http.route("/short", exchange -> exchange.header("X-Kind", "short").respond(201, "text/plain", out -> {
            try {
                out.write("hello".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        HttpResponse<String> response = http.get("/short");
        assertEquals(201, response.statusCode());
        assertEquals("hello", response.body());
        assertEquals("5", response.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("short", response.headers().firstValue("X-Kind").orElseThrow());
    }

    @Test
    void aWriterThatFailsBeforeSendingAnythingIs500WithTheReason() throws Exception {
        http.route("/broken", exchange -> exchange.respond(200, "application/json", out -> {
            throw new IllegalStateException("the registry is unavailable");
        }));
        HttpResponse<String> response = http.get("/broken");
        assertEquals(500, response.statusCode());
        assertEquals("Failed to write the response: java.lang.IllegalStateException: the registry is unavailable",
                response.body());
    }

    @Test
    void aWriterThatFailsMidwayCutsTheConnectionSoTheClientSeesATruncatedBody() throws Exception {
        http.route("/half", exchange -> exchange.respond(200, "application/json", out -> {
            try {
                out.write(new byte[3 * ChunkedBody.CHUNK_BYTES]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException("lost the state halfway");
        }));
        HttpResponse<InputStream> response = http.client.send(HttpRequest.newBuilder(http.uri("/half"))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertThrows(IOException.class, () -> {
            try (InputStream body = response.body()) {
                body.readAllBytes();
            }
        });
        assertEquals(200, http.get("/health").statusCode(), "the server carries on");
    }
}
