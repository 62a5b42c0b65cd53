package io.osmos.agent.fetcher;

import static io.osmos.agent.fetcher.FetchFixture.fetch;
import static io.osmos.agent.fetcher.FetchFixture.uri;
import static io.osmos.agent.fetcher.FetcherTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveFetchTest {
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
    void unpacksATarGzIntoTheSandboxKeepingModes() throws Exception {
        String uri = fixture.server.put("/dist/app.tar.gz", tar("-czf", "app.tar.gz"));
        Path sandbox = fixture.sandbox();

        FetchResult result = fetch(fetcher, sandbox, uri(uri));

        assertTrue(result.uris().get(0).extracted());
        assertEquals("#!/bin/sh\necho started\n", Files.readString(sandbox.resolve("app/bin/start.sh")));
        assertEquals("rwxr-xr-x",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(sandbox.resolve("app/bin/start.sh"))));
        assertEquals("level=info\n", Files.readString(sandbox.resolve("app/conf/log.properties")));
        assertTrue(Files.exists(sandbox.resolve("app.tar.gz")), "Mesos leaves the downloaded archive in the sandbox");
    }

    @Test
    void unpacksPlainAndBzip2TarsRecognisedByExtension() throws Exception {
        String plain = fixture.server.put("/app.tar", tar("-cf", "app.tar"));
        String bzip2 = fixture.server.put("/app.tbz2", tar("-cjf", "app.tbz2"));
        Path first = fixture.sandbox();
        Path second = fixture.sandbox();

        fetch(fetcher, first, uri(plain));
        fetch(fetcher, second, uri(bzip2));

        assertTrue(Files.exists(first.resolve("app/bin/start.sh")));
        assertTrue(Files.exists(second.resolve("app/bin/start.sh")));
    }

    @Test
    void unpacksAZipKeepingUnixModes() throws Exception {
        Path archive = tmp.resolve("site.zip");
        // The JDK's zip file system writes Unix modes, as the zip tool does on Linux.
        try (FileSystem zip = FileSystems.newFileSystem(archive,
                Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            Files.writeString(Files.createDirectories(zip.getPath("/site")).resolve("index.html"), "<h1>hi</h1>");
            Path run = Files.writeString(zip.getPath("/run.sh"), "#!/bin/sh\n");
            Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwxr-x---"));
        }
        String uri = fixture.server.put("/site.zip", Files.readAllBytes(archive));
        Path sandbox = fixture.sandbox();

        fetch(fetcher, sandbox, uri(uri));

        assertEquals("<h1>hi</h1>", Files.readString(sandbox.resolve("site/index.html")));
        assertEquals("rwxr-x---", FetcherTest.mode(sandbox.resolve("run.sh")));
    }

    @Test
    void aZipWithoutUnixModesGivesPlainFiles() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            zip.putNextEntry(new ZipEntry("docs/"));
            zip.putNextEntry(new ZipEntry("docs/README"));
            zip.write(bytes("read me"));
        }
        String uri = fixture.server.put("/docs.zip", buffer.toByteArray());
        Path sandbox = fixture.sandbox();

        fetch(fetcher, sandbox, uri(uri));

        assertEquals("read me", Files.readString(sandbox.resolve("docs/README")));
        assertEquals("rw-r--r--",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(sandbox.resolve("docs/README"))));
    }

    @Test
    void decompressesALoneGzFileNextToIt() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(bytes("a,b\n1,2\n"));
        }
        String uri = fixture.server.put("/data.csv.gz", buffer.toByteArray());
        Path sandbox = fixture.sandbox();

        fetch(fetcher, sandbox, uri(uri));

        assertEquals("a,b\n1,2\n", Files.readString(sandbox.resolve("data.csv")));
    }

    @Test
    void extractFalseAndExecutableKeepTheArchiveAsItIs() throws Exception {
        String uri = fixture.server.put("/app.tgz", tar("-czf", "app.tgz"));
        Path kept = fixture.sandbox();
        Path executable = fixture.sandbox();

        FetchResult result = fetch(fetcher, kept, uri(uri).toBuilder().setExtract(false).build());
        fetch(fetcher, executable, uri(uri).toBuilder().setExecutable(true).build());

        assertFalse(result.uris().get(0).extracted());
        assertFalse(Files.exists(kept.resolve("app")));
        assertTrue(Files.exists(kept.resolve("app.tgz")));
        assertFalse(Files.exists(executable.resolve("app")), "executable wins over extract, as in Mesos");
    }

    @Test
    void aFileThatIsNotAnArchiveIsJustCopied() throws Exception {
        String uri = fixture.server.put("/notes.txt", bytes("plain"));
        Path sandbox = fixture.sandbox();

        FetchResult result = fetch(fetcher, sandbox, uri(uri));

        assertFalse(result.uris().get(0).extracted());
        assertEquals("plain", Files.readString(sandbox.resolve("notes.txt")));
    }

    /** A real tar archive of app/bin/start.sh (mode 755) and app/conf/log.properties, made by tar. */
    private byte[] tar(String mode, String name) throws IOException, InterruptedException {
        Path source = Files.createDirectories(tmp.resolve("src-" + name));
        Path bin = Files.createDirectories(source.resolve("app/bin"));
        Files.writeString(bin.resolve("start.sh"), "#!/bin/sh\necho started\n");
        Files.setPosixFilePermissions(bin.resolve("start.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(Files.createDirectories(source.resolve("app/conf")).resolve("log.properties"),
                "level=info\n");
        Path archive = tmp.resolve(name);
        Process tar = new ProcessBuilder("tar", mode, archive.toString(), "-C", source.toString(), "app")
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes());
        assertTrue(tar.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, tar.exitValue(), output);
        return Files.readAllBytes(archive);
    }
}
