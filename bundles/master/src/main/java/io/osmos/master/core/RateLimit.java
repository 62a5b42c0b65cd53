package io.osmos.master.core;

import io.osmos.runtime.flags.Durations;
import java.time.Duration;
import java.util.Objects;

/**
 * A rate in the form of Mesos's {@code --agent_removal_rate_limit}: {@code <permits>/<duration>}, e.g.
 * "1/10mins" or "2/3hrs". Permits are spread evenly, so "2/10mins" allows one every five minutes.
 */
public record RateLimit(int permits, Duration per) {
    public RateLimit {
        Objects.requireNonNull(per, "per");
        if (permits < 1) {
            throw new IllegalArgumentException("a rate limit needs at least one permit, got " + permits);
        }
        if (per.isZero() || per.isNegative()) {
            throw new IllegalArgumentException("a rate limit's duration must be longer than zero, got " + per);
        }
    }

    /**
     * @param flag the setting's name, for the error message
     * @throws IllegalArgumentException naming the flag and the expected form
     */
    public static RateLimit parse(String flag, String text) {
        String trimmed = text == null ? "" : text.trim();
        int slash = trimmed.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("Invalid " + flag + " '" + text + "': expected <number of agents>/"
                    + "<duration>, e.g. '1/10mins'");
        }
        int permits;
        try {
            permits = Integer.parseInt(trimmed.substring(0, slash).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid " + flag + " '" + text + "': '"
                    + trimmed.substring(0, slash) + "' is not a whole number of agents", e);
        }
        if (permits < 1) {
            throw new IllegalArgumentException("Invalid " + flag + " '" + text + "': the number of agents must be"
                    + " at least 1");
        }
        return new RateLimit(permits, Durations.parsePositive(flag, trimmed.substring(slash + 1)));
    }

    /** The spacing between two permits. */
    public Duration interval() {
        return per.dividedBy(permits);
    }

    @Override
    public String toString() {
        return permits + "/" + Durations.format(per);
    }
}
