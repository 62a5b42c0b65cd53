package io.osmos.runtime.internal.http;

import com.google.gson.JsonObject;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/** {@code /version} in the Mesos shape, so tools that check the Mesos version accept us. */
final class VersionEndpoint implements HttpEndpoint {
    /** The Mesos release whose v1 APIs we speak. */
    static final String MESOS_VERSION = "1.11.0";

    private static final DateTimeFormatter BUILD_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final String json;

    VersionEndpoint() {
        Properties build = load();
        Instant built = builtAt(build.getProperty("build_timestamp", ""));
        JsonObject version = new JsonObject();
        version.addProperty("version", MESOS_VERSION);
        version.addProperty("osmos_version", build.getProperty("osmos_version", "unknown"));
        version.addProperty("build_date", BUILD_DATE.format(built));
        version.addProperty("build_time", built.getEpochSecond());
        // Left empty on purpose: builds are reproducible, so who built one is not part of it.
        version.addProperty("build_user", "");
        json = version.toString();
    }

    @Override
    public void handle(HttpExchange exchange) {
        exchange.respondJson(200, json);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = VersionEndpoint.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read build.properties: " + e.getMessage(), e);
        }
        return properties;
    }

    private static Instant builtAt(String timestamp) {
        try {
            return Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH; // an unfiltered resource (e.g. in an IDE): report the epoch, not fail
        }
    }
}
