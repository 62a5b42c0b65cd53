package io.osmos.agent.fetcher;

import static io.osmos.agent.fetcher.FetchFixture.failure;
import static io.osmos.agent.fetcher.FetchFixture.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.ContainerID;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads that go wrong on the network: each fails with its reason and leaves no partial file. */
class DownloadFailureTest {
    @TempDir
    Path tmp;
    FetchFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new FetchFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void aServerThatIsNotThereCannotBeConnectedTo() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort(); // free once closed: nothing listens there
        }
        String uri = "http://127.0.0.1:" + port + "/app.tgz";

        String reason = failure(fixture.fetcher(), fixture.sandbox(), uri(uri));

        assertTrue(reason.startsWith("Failed to fetch '" + uri + "': cannot connect to 127.0.0.1:" + port), reason);
    }

    @Test
    void aDownloadCutShortFails() throws Exception {
        fixture.server.handle("/short/", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write(new byte[10]);
            exchange.close(); // the server drops the connection: 990 bytes never come
        });
        String uri = fixture.server.uri("/short/app.bin");
        Path sandbox = fixture.sandbox();

        String reason = failure(fixture.fetcher(), sandbox, uri(uri));

        assertEquals("Failed to fetch '" + uri + "': the download broke off: fixed content-length: 1000, "
                + "bytes received: 10", reason);
        assertFalse(Files.exists(sandbox.resolve("app.bin")));
    }

    @Test
    void aDownloadThatStallsIsAbandoned() throws Exception {
        try (HeldDownload held = new HeldDownload(new byte[1000], 10)) {
            fixture.server.handle("/slow/", held);
            Fetcher impatient = fixture.fetcher(FetcherSettings.DEFAULT_CACHE_SIZE_BYTES, Duration.ofMillis(300));
            Path sandbox = fixture.sandbox();

            String reason = failure(impatient, sandbox, uri(fixture.server.uri("/slow/big.bin")));

            assertTrue(reason.endsWith("the download stalled: no data for 300 ms (fetcher_stall_timeout)"), reason);
            assertFalse(Files.exists(sandbox.resolve("big.bin")));
        }
    }

    @Test
    void killingAFetchAbortsTheDownloadInHand() throws Exception {
        try (HeldDownload held = new HeldDownload(new byte[1000], 10)) {
            fixture.server.handle("/endless/", held);
            Fetcher patient = fixture.fetcher(FetcherSettings.DEFAULT_CACHE_SIZE_BYTES, Duration.ofMinutes(10));
            ContainerID id = FetchFixture.containerId();
            String uri = fixture.server.uri("/endless/app.bin");
            Path sandbox = fixture.sandbox();

            CompletableFuture<FetchResult> fetch = patient.fetch(id, List.of(uri(uri)), sandbox, Optional.empty())
                    .toCompletableFuture();
            held.awaitStarted();
            patient.kill(id);

            ExecutionException e = assertThrows(ExecutionException.class, () -> fetch.get(30, TimeUnit.SECONDS));
            assertEquals("Failed to fetch '" + uri + "': the fetch was killed", e.getCause().getMessage());
            assertFalse(Files.exists(sandbox.resolve("app.bin")));
        }
    }
}
