package io.osmos.agent.files;

import static io.osmos.agent.files.FilesEndpointTest.assertAnswer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is reachable through the files API: attached paths only, never anything outside them. */
class FilesAccessTest {
    @TempDir
    Path tmp;
    FilesFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new FilesFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void pathsThatLeaveTheAttachedDirectoryAreRefused() throws Exception {
        Files.createSymbolicLink(fixture.sandbox.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(fixture.sandbox.resolve("passwd"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(fixture.sandbox.resolve("inside"), fixture.sandbox.resolve("logs"));

        assertEquals(403, fixture.get("read", "path", "/sandbox/../../../etc/passwd", "offset", "0").statusCode());
        assertEquals(403, fixture.get("download", "path", "/sandbox/logs/../../sandbox/../etc/passwd").statusCode());
        assertEquals(403, fixture.get("read", "path", "/sandbox/etc/passwd", "offset", "0").statusCode());
        assertEquals(403, fixture.get("browse", "path", "/sandbox/etc").statusCode());
        HttpResponse<String> link = fixture.get("download", "path", "/sandbox/passwd");
        assertAnswer(403, "'/sandbox/passwd' is inaccessible: it leads outside the attached directory", link);
        assertEquals("{\"data\":\"line 1\\n\",\"offset\":0}",
                fixture.read("/sandbox/inside/app.txt", "offset", "0"), "links within it still work");
        assertEquals("{\"data\":\"hello\",\"offset\":0}",
                fixture.read("/sandbox/logs/../stdout", "offset", "0", "length", "5"));
    }

    @Test
    void anExecutorsSandboxIsReachableUnderItsMesosPathsUntilDetached() throws Exception {
        Path runs = Files.createDirectories(tmp.resolve("slaves/a1/frameworks/f1/executors/e1/runs"));
        Path run = Files.createDirectories(runs.resolve("c1"));
        FilesFixture.write(run.resolve("stderr"), "oops", "rw-r--r--");
        Files.createSymbolicLink(runs.resolve("latest"), Path.of("c1"));
        FrameworkID framework = FrameworkID.newBuilder().setValue("f1").build();
        ExecutorID executor = ExecutorID.newBuilder().setValue("e1").build();

        fixture.files.attachSandbox(run, framework, executor);

        for (String path : new String[] {run.toString(), runs.resolve("latest").toString(),
                "/frameworks/f1/executors/e1/runs/latest"}) {
            assertEquals("{\"data\":\"oops\",\"offset\":0}", fixture.read(path + "/stderr", "offset", "0"));
        }
        JsonObject debug = JsonParser.parseString(fixture.get("debug").body()).getAsJsonObject();
        assertEquals(run.toRealPath().toString(), debug.get("/frameworks/f1/executors/e1/runs/latest").getAsString());

        fixture.files.detachSandbox(run, framework, executor);

        assertEquals(404, fixture.get("read", "path", "/frameworks/f1/executors/e1/runs/latest/stderr").statusCode());
        assertEquals(404, fixture.get("read", "path", run + "/stderr").statusCode());
    }

    @Test
    void anAttachedFileIsReadableButHasNothingBelowIt() throws Exception {
        Path log = FilesFixture.write(tmp.resolve("agent.log"), "started\n", "rw-r--r--");
        fixture.files.attach("/agent/log", log);

        assertEquals("{\"data\":\"started\\n\",\"offset\":0}", fixture.read("/agent/log", "offset", "0"));
        assertEquals(404, fixture.get("read", "path", "/agent/log/more", "offset", "0").statusCode());
        fixture.files.detach("/agent/log");
        assertEquals(404, fixture.get("read", "path", "/agent/log", "offset", "0").statusCode());
    }
}
