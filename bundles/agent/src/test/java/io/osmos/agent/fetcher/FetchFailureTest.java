package io.osmos.agent.fetcher;

import static io.osmos.agent.fetcher.FetchFixture.failure;
import static io.osmos.agent.fetcher.FetchFixture.uri;
import static io.osmos.agent.fetcher.FetcherTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.CommandInfo;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

        CommandInfo.URI climbing = uri(good).toBuilder().setOutputFile("../../etc/x").build();
        String escape = failure(fetcher, sandbox, uri(good), climbing);
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
}
