package io.osmos.agent.fetcher;

import static io.osmos.agent.fetcher.FetchFixture.fetch;
import static io.osmos.agent.fetcher.FetchFixture.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetcherTest {
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
    void downloadsOverHttpIntoTheSandboxUnderTheUrisBasename() throws Exception {
        String uri = fixture.server.put("/artifacts/app.conf", bytes("port=8080\n"));
        Path sandbox = fixture.sandbox();

        FetchResult result = fetch(fetcher, sandbox, uri(uri));

        assertEquals("port=8080\n", Files.readString(sandbox.resolve("app.conf")));
        assertEquals(sandbox.resolve("app.conf"), result.uris().get(0).file());
        assertFalse(result.uris().get(0).fromCache());
        assertEquals(1.0, fetcher.metrics().get("containerizer/fetcher/task_fetches_succeeded"));
    }

    @Test
    void followsRedirects() throws Exception {
        String target = fixture.server.put("/v2/app.conf", bytes("moved"));
        fixture.server.handle("/v1/", exchange -> {
            exchange.getResponseHeaders().add("Location", target);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        Path sandbox = fixture.sandbox();

        fetch(fetcher, sandbox, uri(fixture.server.uri("/v1/app.conf")));

        assertEquals("moved", Files.readString(sandbox.resolve("app.conf")));
    }

    @Test
    void theQueryStringIsNotPartOfTheFileName() throws Exception {
        String uri = fixture.server.put("/app.conf", bytes("x")) + "?signature=abc";
        Path sandbox = fixture.sandbox();

        fetch(fetcher, sandbox, uri(uri));

        assertTrue(Files.exists(sandbox.resolve("app.conf")));
    }

    @Test
    void outputFileNamesTheTargetAndItsFolders() throws Exception {
        String uri = fixture.server.put("/download", bytes("#!/bin/sh\necho hi\n"));
        Path sandbox = fixture.sandbox();

        fetch(fetcher, sandbox, uri(uri).toBuilder().setOutputFile("bin/tool.sh").build());

        assertEquals("#!/bin/sh\necho hi\n", Files.readString(sandbox.resolve("bin/tool.sh")));
        assertFalse(Files.exists(sandbox.resolve("download")));
    }

    @Test
    void executableSetsTheExecuteBits() throws Exception {
        String uri = fixture.server.put("/run.sh", bytes("#!/bin/sh\n"));
        Path sandbox = fixture.sandbox();

        fetch(fetcher, sandbox, uri(uri).toBuilder().setExecutable(true).build());

        assertEquals("rwxr-xr-x", mode(sandbox.resolve("run.sh")));
    }

    @Test
    void copiesFileUrisAndPlainAbsolutePaths() throws Exception {
        Path source = Files.write(tmp.resolve("data.bin"), new byte[] {1, 2, 3});
        Path first = fixture.sandbox();
        Path second = fixture.sandbox();

        fetch(fetcher, first, uri("file://" + source));
        fetch(fetcher, second, uri(source.toString()).toBuilder().setOutputFile("copy.bin").build());

        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(first.resolve("data.bin")));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(second.resolve("copy.bin")));
    }

    @Test
    void fetchesEveryUriInOrder() throws Exception {
        String a = fixture.server.put("/a.txt", bytes("a"));
        String b = fixture.server.put("/b.txt", bytes("b"));
        Path sandbox = fixture.sandbox();

        FetchResult result = fetch(fetcher, sandbox, uri(a), uri(b));

        assertEquals(a, result.uris().get(0).uri());
        assertEquals(b, result.uris().get(1).uri());
        assertEquals("b", Files.readString(sandbox.resolve("b.txt")));
    }

    @Test
    void startingTheFetcherEmptiesTheCacheFolder() throws Exception {
        Path stale = Files.createDirectories(fixture.cacheDir.resolve("alice"));
        Files.writeString(stale.resolve("c7-app.tgz"), "left by an earlier agent");

        fixture.fetcher();

        assertTrue(Files.isDirectory(fixture.cacheDir));
        try (var left = Files.list(fixture.cacheDir)) {
            assertEquals(0, left.count());
        }
    }

    static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
