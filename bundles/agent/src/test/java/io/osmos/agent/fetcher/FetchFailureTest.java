package io.osmos.agent.fetcher;

import static io.osmos.agent.fetcher.FetchFixture.failure;
import static io.osmos.agent.fetcher.FetchFixture.uri;
import static io.osmos.agent.fetcher.FetcherTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.ContainerID;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchFailureTest {
    @TempDir
    Path tmp;
    FetchFixture fixture;
    Fetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new FetchFixture(tmp);
        fetcher = fixture.fetcher();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void anHttpErrorNamesTheUriAndTheStatus() throws Exception {
        String uri = fixture.server.uri("/missing/app.tgz");

        String reason = failure(fetcher, fixture.sandbox(), uri(uri));

        assertEquals("Failed to fetch '" + uri + "': HTTP status 404", reason);
        assertEquals(1.0, fetcher.metrics().get("containerizer/fetcher/task_fetches_failed"));
    }

    @Test
    void aServerThatIsNotThereCannotBeConnectedTo() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort(); // free once closed: nothing listens there
        }
        String uri = "http://127.0.0.1:" + port + "/app.tgz";

        String reason = failure(fetcher, fixture.sandbox(), uri(uri));

        assertTrue(reason.startsWith("Failed to fetch '" + uri + "': cannot connect to 127.0.0.1:" + port), reason);
    }

    @Test
    void aMissingLocalFileIsNamed() throws Exception {
        Path missing = tmp.resolve("nowhere/app.jar");

        String reason = failure(fetcher, fixture.sandbox(), uri("file://" + missing));

        assertEquals("Failed to fetch 'file://" + missing + "': '" + missing + "' does not exist", reason);
    }

    @Test
    void aBrokenArchiveSaysTarFailed() throws Exception {
        String uri = fixture.server.put("/broken.tar.gz", bytes("this is not gzip data"));

        String reason = failure(fetcher, fixture.sandbox(), uri(uri));

        assertTrue(reason.startsWith("Failed to fetch '" + uri + "': cannot extract 'broken.tar.gz': tar exited with"),
                reason);
        assertFalse(reason.contains("\n"));
    }

    @Test
    void aBrokenZipIsABadArchive() throws Exception {
        String uri = fixture.server.put("/broken.zip", bytes("PK but not really"));

        String reason = failure(fetcher, fixture.sandbox(), uri(uri));

        assertEquals("Failed to fetch '" + uri + "': bad archive 'broken.zip': zip END header not found", reason);
    }

    @Test
    void aZipWhoseEntriesClimbOutOfTheSandboxIsRefused() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            zip.putNextEntry(new ZipEntry("../../escaped.txt"));
            zip.write(bytes("gotcha"));
        }
        String uri = fixture.server.put("/evil.zip", buffer.toByteArray());
        Path sandbox = fixture.sandbox();

        String reason = failure(fetcher, sandbox, uri(uri));

        assertTrue(reason.startsWith("Failed to fetch '" + uri + "': bad archive 'evil.zip': "), reason);
        assertTrue(reason.contains("'..'"), reason);
        assertFalse(Files.exists(sandbox.getParent().resolve("escaped.txt")));
        assertFalse(Files.exists(sandbox.getParent().getParent().resolve("escaped.txt")));
    }

    @Test
    void badUrisFailTheFetchBeforeAnythingIsDownloaded() throws Exception {
        String good = fixture.server.put("/good.txt", bytes("good"));
        Path sandbox = fixture.sandbox();

        String escape = failure(fetcher, sandbox, uri(good), uri(good).toBuilder().setOutputFile("../../etc/x").build());
        String scheme = failure(fetcher, sandbox, uri(good), uri("hdfs://namenode/app.jar"));
        String relative = failure(fetcher, sandbox, uri("app.jar"));
        String noName = failure(fetcher, sandbox, uri(fixture.server.uri("/")));

        assertEquals("Failed to fetch '" + good + "': URI output file must name a file within the sandbox "
                + "directory, got '../../etc/x'", escape);
        assertEquals("Failed to fetch 'hdfs://namenode/app.jar': the scheme 'hdfs' is not supported "
                + "(http, https and file are)", scheme);
        assertTrue(relative.startsWith("Failed to fetch 'app.jar': a relative path needs a frameworks home"), relative);
        assertTrue(noName.contains("Malformed URI (missing path)"), noName);
        assertEquals(0, fixture.server.totalRequests());
        assertFalse(Files.exists(sandbox.resolve("good.txt")));
    }

    @Test
    void aDownloadCutShortFailsAndLeavesNothingBehind() throws Exception {
        fixture.server.handle("/short/", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write(new byte[10]);
            exchange.getResponseBody().flush();
            exchange.close(); // the server drops the connection: 990 bytes never come
        });
        String uri = fixture.server.uri("/short/app.bin");
        Path sandbox = fixture.sandbox();

        String reason = failure(fetcher, sandbox, uri(uri));

        assertEquals("Failed to fetch '" + uri + "': the download broke off: fixed content-length: 1000, bytes received: 10", reason);
        assertFalse(Files.exists(sandbox.resolve("app.bin")));
    }

    @Test
    void killingAFetchAbortsTheDownloadInHand() throws Exception {
        CountDownLatch requested = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        fixture.server.handle("/endless/", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write(new byte[10]);
            exchange.getResponseBody().flush();
            requested.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        Fetcher patient = fixture.fetcher(FetcherSettings.DEFAULT_CACHE_SIZE_BYTES, Duration.ofMinutes(10));
        ContainerID id = FetchFixture.containerId();
        String uri = fixture.server.uri("/endless/app.bin");

        try {
            CompletableFuture<FetchResult> fetch = patient.fetch(id, List.of(uri(uri)), fixture.sandbox(),
                    Optional.empty()).toCompletableFuture();
            assertTrue(requested.await(30, TimeUnit.SECONDS));
            patient.kill(id);

            ExecutionException e = assertThrows(ExecutionException.class, () -> fetch.get(30, TimeUnit.SECONDS));
            assertEquals("Failed to fetch '" + uri + "': the fetch was killed", e.getCause().getMessage());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aDownloadThatStallsIsAbandoned() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        fixture.server.handle("/slow/", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            OutputStream out = exchange.getResponseBody();
            out.write(new byte[10]);
            out.flush();
            try {
                release.await(30, TimeUnit.SECONDS); // hold the connection open without sending more
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        Fetcher impatient = fixture.fetcher(FetcherSettings.DEFAULT_CACHE_SIZE_BYTES, Duration.ofMillis(300));
        Path sandbox = fixture.sandbox();

        try {
            String reason = failure(impatient, sandbox, uri(fixture.server.uri("/slow/big.bin")));

            assertTrue(reason.endsWith("the download stalled: no data for 300 ms (fetcher_stall_timeout)"), reason);
            assertFalse(Files.exists(sandbox.resolve("big.bin")), "the partial download is removed");
        } finally {
            release.countDown();
        }
    }
}
