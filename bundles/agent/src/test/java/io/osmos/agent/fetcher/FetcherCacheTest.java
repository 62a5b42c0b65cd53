package io.osmos.agent.fetcher;

import static io.osmos.agent.fetcher.FetchFixture.await;
import static io.osmos.agent.fetcher.FetchFixture.fetch;
import static io.osmos.agent.fetcher.FetchFixture.start;
import static io.osmos.agent.fetcher.FetchFixture.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.CommandInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetcherCacheTest {
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
    void aCachedUriIsDownloadedOnceAndServedToTheNextSandboxFromTheCache() throws Exception {
        Fetcher fetcher = fixture.fetcher();
        CommandInfo.URI uri = cached(fixture.server.put("/tool.sh", new byte[] {'#', '!'}), true);
        Path first = fixture.sandbox();
        Path second = fixture.sandbox();

        FetchResult miss = fetch(fetcher, first, uri);
        FetchResult hit = fetch(fetcher, second, uri);

        assertEquals(1, fixture.server.requests("/tool.sh"));
        assertFalse(miss.uris().get(0).fromCache());
        assertTrue(hit.uris().get(0).fromCache());
        assertArrayEquals(new byte[] {'#', '!'}, Files.readAllBytes(second.resolve("tool.sh")));
        assertTrue(Files.isExecutable(second.resolve("tool.sh")));
        assertEquals(2.0, fetcher.metrics().get("containerizer/fetcher/cache_size_used_bytes"));
    }

    @Test
    void withoutCacheTrueEveryFetchDownloads() throws Exception {
        Fetcher fetcher = fixture.fetcher();
        CommandInfo.URI uri = uri(fixture.server.put("/a.txt", new byte[] {1}));

        fetch(fetcher, fixture.sandbox(), uri);
        fetch(fetcher, fixture.sandbox(), uri);

        assertEquals(2, fixture.server.requests("/a.txt"));
    }

    @Test
    void eachUserHasItsOwnEntry() throws Exception {
        Fetcher fetcher = fixture.fetcher();
        CommandInfo.URI uri = cached(fixture.server.put("/a.txt", new byte[] {1}), false);

        await(start(fetcher, fixture.sandbox(), Optional.of("alice"), uri));
        await(start(fetcher, fixture.sandbox(), Optional.of("bob"), uri));
        await(start(fetcher, fixture.sandbox(), Optional.of("alice"), uri));

        assertEquals(2, fixture.server.requests("/a.txt"));
        assertTrue(Files.isDirectory(fixture.cacheDir.resolve("alice")));
        assertTrue(Files.isDirectory(fixture.cacheDir.resolve("bob")));
    }

    @Test
    void theLeastRecentlyUsedEntryIsEvictedWhenTheCacheIsFull() throws Exception {
        Fetcher fetcher = fixture.fetcher(100, Duration.ofMinutes(1));
        CommandInfo.URI a = cached(fixture.server.put("/a.bin", new byte[60]), false);
        CommandInfo.URI b = cached(fixture.server.put("/b.bin", new byte[30]), false);
        CommandInfo.URI c = cached(fixture.server.put("/c.bin", new byte[40]), false);

        fetch(fetcher, fixture.sandbox(), a); // cache: a(60)
        fetch(fetcher, fixture.sandbox(), b); // cache: a(60) b(30)
        fetch(fetcher, fixture.sandbox(), a); // a becomes the most recently used
        fetch(fetcher, fixture.sandbox(), c); // 130 > 100: b goes, a stays
        fetch(fetcher, fixture.sandbox(), a);
        fetch(fetcher, fixture.sandbox(), b);

        assertEquals(1, fixture.server.requests("/a.bin"));
        assertEquals(2, fixture.server.requests("/b.bin"));
        assertEquals(1, fixture.server.requests("/c.bin"));
        assertTrue(fetcher.metrics().get("containerizer/fetcher/cache_size_used_bytes") <= 100);
        assertEquals(100.0, fetcher.metrics().get("containerizer/fetcher/cache_size_total_bytes"));
    }

    @Test
    void aDownloadLargerThanTheCacheIsServedButNotKept() throws Exception {
        Fetcher fetcher = fixture.fetcher(100, Duration.ofMinutes(1));
        CommandInfo.URI huge = cached(fixture.server.put("/huge.bin", new byte[150]), false);
        Path sandbox = fixture.sandbox();

        fetch(fetcher, sandbox, huge);
        fetch(fetcher, fixture.sandbox(), huge);

        assertEquals(150, Files.size(sandbox.resolve("huge.bin")));
        assertEquals(2, fixture.server.requests("/huge.bin"));
        assertEquals(0.0, fetcher.metrics().get("containerizer/fetcher/cache_size_used_bytes"));
        try (Stream<Path> files = Files.walk(fixture.cacheDir)) {
            assertEquals(0, files.filter(Files::isRegularFile).count(), "no cache file is left behind");
        }
    }

    @Test
    void aFailedCachedDownloadIsForgottenSoTheNextFetchTriesAgain() throws Exception {
        Fetcher fetcher = fixture.fetcher();
        String value = fixture.server.uri("/later.txt");
        CommandInfo.URI uri = cached(value, false);

        FetchFixture.failure(fetcher, fixture.sandbox(), uri);
        fixture.server.put("/later.txt", new byte[] {42});
        Path sandbox = fixture.sandbox();
        fetch(fetcher, sandbox, uri);

        assertArrayEquals(new byte[] {42}, Files.readAllBytes(sandbox.resolve("later.txt")));
        assertEquals(2, fixture.server.requests("/later.txt"));
    }

    @Test
    void aZeroSizeCacheTurnsCachingOff() throws Exception {
        Fetcher fetcher = fixture.fetcher(0, Duration.ofMinutes(1));
        CommandInfo.URI uri = cached(fixture.server.put("/a.txt", new byte[] {1}), false);

        fetch(fetcher, fixture.sandbox(), uri);
        fetch(fetcher, fixture.sandbox(), uri);

        assertEquals(2, fixture.server.requests("/a.txt"));
    }

    private static CommandInfo.URI cached(String value, boolean executable) {
        return uri(value).toBuilder().setCache(true).setExecutable(executable).build();
    }
}
