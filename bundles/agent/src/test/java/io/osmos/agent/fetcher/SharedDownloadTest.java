package io.osmos.agent.fetcher;

import static io.osmos.agent.fetcher.FetchFixture.await;
import static io.osmos.agent.fetcher.FetchFixture.start;
import static io.osmos.agent.fetcher.FetchFixture.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetches of one cached URI that overlap: one download serves them all. */
class SharedDownloadTest {
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
    void concurrentFetchesOfOneUriShareOneDownload() throws Exception {
        try (HeldDownload held = new HeldDownload(new byte[] {7, 8, 9}, 1)) {
            fixture.server.handle("/big/", held);
            CommandInfo.URI uri = cached(fixture.server.uri("/big/data.bin"));
            Path second = fixture.sandbox();

            CompletionStage<FetchResult> downloading = start(fetcher, fixture.sandbox(), Optional.empty(), uri);
            held.awaitStarted();
            CompletionStage<FetchResult> waiting = start(fetcher, second, Optional.empty(), uri);
            held.release();

            assertFalse(await(downloading).uris().get(0).fromCache());
            assertTrue(await(waiting).uris().get(0).fromCache());
            assertEquals(1, held.requests());
            assertArrayEquals(new byte[] {7, 8, 9}, Files.readAllBytes(second.resolve("data.bin")));
        }
    }

    @Test
    void aWaitingFetchFetchesStraightWhenTheSharedDownloadIsKilled() throws Exception {
        try (HeldDownload held = new HeldDownload(new byte[] {1, 2, 3}, 1)) {
            fixture.server.handle("/shared/", held);
            CommandInfo.URI uri = cached(fixture.server.uri("/shared/lib.so"));
            ContainerID killed = FetchFixture.containerId();
            Path sandbox = fixture.sandbox();

            CompletionStage<FetchResult> first =
                    fetcher.fetch(killed, List.of(uri), fixture.sandbox(), Optional.empty());
            held.awaitStarted();
            CompletionStage<FetchResult> second = start(fetcher, sandbox, Optional.empty(), uri); // waits on the first
            fetcher.kill(killed);

            assertThrows(ExecutionException.class, () -> await(first));
            assertFalse(await(second).uris().get(0).fromCache());
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(sandbox.resolve("lib.so")));
            assertEquals(2, held.requests());
        }
    }

    private static CommandInfo.URI cached(String value) {
        return uri(value).toBuilder().setCache(true).build();
    }
}
