package io.osmos.agent.config;

import java.time.Duration;
import java.util.Locale;

/**
 * How the agent comes back after a restart: the Mesos flags {@code --recover}, {@code --strict} and
 * {@code --recovery_timeout}.
 *
 * @param recover what to do with the executors and tasks found again
 * @param strict true: any checkpoint that cannot be recovered stops the agent; false: it is skipped
 *     and logged
 * @param recoveryTimeout how long recovered executors have to subscribe to the agent again
 */
public record RecoverySettings(Mode recover, boolean strict, Duration recoveryTimeout) {

    public enum Mode {
        /** Reattach to what still runs and report what ended while the agent was down. */
        RECONNECT,
        /** Kill everything recovered and report it, e.g. before an incompatible upgrade. */
        CLEANUP
    }

    static Mode mode(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "reconnect" -> Mode.RECONNECT;
            case "cleanup" -> Mode.CLEANUP;
            default -> throw new IllegalArgumentException("recover must be 'reconnect' or 'cleanup', got '" + text + "'");
        };
    }
}
