package io.osmos.agent.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Browse, read and download as a Mesos agent answers them, over real HTTP. */
class FilesEndpointTest {
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
    void browseListsADirectoryAsMesosModelsFileInfo() throws Exception {
        HttpResponse<String> response = fixture.get("browse", "path", "/sandbox");

        assertEquals(200, response.statusCode());
        JsonArray listing = JsonParser.parseString(response.body()).getAsJsonArray();
        assertEquals(3, listing.size());
        JsonObject logs = listing.get(0).getAsJsonObject();
        JsonObject stdout = listing.get(2).getAsJsonObject();
        assertEquals("/sandbox/logs", logs.get("path").getAsString());
        assertTrue(logs.get("mode").getAsString().startsWith("d"));
        assertEquals("/sandbox/run.sh", listing.get(1).getAsJsonObject().get("path").getAsString());
        assertEquals("-rwxr-xr-x", listing.get(1).getAsJsonObject().get("mode").getAsString());
        assertEquals("/sandbox/stdout", stdout.get("path").getAsString());
        assertEquals("-rw-r--r--", stdout.get("mode").getAsString());
        assertEquals(12, stdout.get("size").getAsLong());
        assertEquals(1, stdout.get("nlink").getAsInt());
        assertEquals(System.getProperty("user.name"), stdout.get("uid").getAsString());
        assertTrue(Math.abs(Instant.now().getEpochSecond() - stdout.get("mtime").getAsLong()) < 600);
    }

    @Test
    void browseBelowTheAttachedDirectoryAndWithATrailingSlash() throws Exception {
        String body = fixture.get("browse", "path", "/sandbox/logs/").body();
        JsonArray listing = JsonParser.parseString(body).getAsJsonArray();

        assertEquals(1, listing.size());
        assertEquals("/sandbox/logs/app.txt", listing.get(0).getAsJsonObject().get("path").getAsString());
        assertEquals("-rw-r-----", listing.get(0).getAsJsonObject().get("mode").getAsString());
    }

    @Test
    void readReturnsDataFromAnOffsetOrTheSize() throws Exception {
        assertEquals("{\"data\":\"hello\",\"offset\":0}",
                fixture.read("/sandbox/stdout", "offset", "0", "length", "5"));
        assertEquals("{\"data\":\"world\\n\",\"offset\":6}", fixture.read("/sandbox/stdout", "offset", "6"));
        assertEquals("{\"data\":\"\",\"offset\":12}", fixture.read("/sandbox/stdout", "offset", "-1"));
        assertEquals("{\"data\":\"\",\"offset\":12}", fixture.read("/sandbox/stdout"));
        assertEquals("{\"data\":\"\",\"offset\":40}", fixture.read("/sandbox/stdout", "offset", "40"));
    }

    @Test
    void badRequestsAreRefusedWithTheReason() throws Exception {
        assertAnswer(400, "Expecting 'path=value' in query.", fixture.get("browse"));
        assertAnswer(400, "Failed to parse offset: 'abc' is not a number.",
                fixture.get("read", "path", "/sandbox/stdout", "offset", "abc"));
        assertAnswer(400, "Negative offset provided: -2.",
                fixture.get("read", "path", "/sandbox/stdout", "offset", "-2"));
        assertAnswer(400, "Negative length provided: -7.",
                fixture.get("read", "path", "/sandbox/stdout", "length", "-7"));
        assertAnswer(400, "Cannot read a directory.", fixture.get("read", "path", "/sandbox/logs", "offset", "0"));
        assertAnswer(400, "Cannot download a directory.", fixture.get("download", "path", "/sandbox/logs"));
        assertAnswer(404, "No such file or directory: '/sandbox/nothing'",
                fixture.get("read", "path", "/sandbox/nothing"));
        assertAnswer(404, "No such file or directory: '/elsewhere/stdout'",
                fixture.get("browse", "path", "/elsewhere/stdout"));
        assertEquals(404, fixture.get("tail", "path", "/sandbox/stdout").statusCode());
    }

    @Test
    void downloadSendsTheRawFileAsAnAttachment() throws Exception {
        HttpResponse<byte[]> response = fixture.getBytes("download", "path", "/sandbox/stdout");
        HttpResponse<byte[]> text = fixture.getBytes("download", "path", "/sandbox/logs/app.txt");

        assertEquals(200, response.statusCode());
        assertArrayEquals("hello world\n".getBytes(StandardCharsets.UTF_8), response.body());
        assertEquals("attachment; filename=stdout",
                response.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("application/octet-stream", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/plain", text.headers().firstValue("Content-Type").orElse(""));
    }

    static void assertAnswer(int status, String message, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(message, response.body().strip());
    }
}
