package io.osmos.launcher;

import java.util.Map;

/**
 * Maps the Mesos {@code --logging_level} onto slf4j-simple and the Felix components that log on their
 * own. Must run before the first logger is created: slf4j-simple reads its settings once.
 */
final class Logging {
    private static final Map<String, String> SLF4J =
            Map.of("TRACE", "trace", "DEBUG", "debug", "INFO", "info", "WARNING", "warn", "ERROR", "error");
    // Felix framework and FileInstall count 1 = error .. 4 = debug.
    private static final Map<String, String> FELIX =
            Map.of("TRACE", "4", "DEBUG", "4", "INFO", "3", "WARNING", "2", "ERROR", "1");
    // SCR is chatty at info (every component state change): its info shows from DEBUG on.
    private static final Map<String, String> SCR =
            Map.of("TRACE", "debug", "DEBUG", "debug", "INFO", "warn", "WARNING", "warn", "ERROR", "error");

    private Logging() {
    }

    static void configure(String level) {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", SLF4J.get(level));
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    static String felixLevel(String level) {
        return FELIX.get(level);
    }

    static String scrLevel(String level) {
        return SCR.get(level);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
