package io.osmos.master.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/** What version the master reports: the Mesos release whose APIs it speaks, and its own build. */
public final class MasterVersion {
    /** Mesos tools check this to decide which API they may use. */
    public static final String MESOS_VERSION = "1.11.0";

    private static final DateTimeFormatter BUILD_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final Properties BUILD = load();

    private MasterVersion() {
    }

    public static String osmosVersion() {
        return BUILD.getProperty("osmos_version", "unknown");
    }

    public static String buildDate() {
        return BUILD_DATE.format(builtAt());
    }

    /** Seconds since the epoch. */
    public static long buildTime() {
        return builtAt().getEpochSecond();
    }

    private static Instant builtAt() {
        try {
            return Instant.parse(BUILD.getProperty("build_timestamp", ""));
        } catch (DateTimeParseException e) {
            return Instant.EPOCH; // unfiltered resources (an IDE build): report the epoch rather than fail
        }
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = MasterVersion.class.getResourceAsStream("/io/osmos/master/view/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the master's build.properties: " + e.getMessage(), e);
        }
        return properties;
    }
}
