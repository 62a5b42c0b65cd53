package io.osmos.agent.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as Mesos flags write them: a number and a unit, e.g. {@code 10secs}, {@code 500ms},
 * {@code 1.5mins}. Units: ns, us, ms, secs, mins, hrs, days, weeks.
 */
public final class MesosDuration {
    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([a-z]+)\\s*");

    private MesosDuration() {
    }

    /**
     * @param flag the configuration key, named in the error
     * @throws IllegalArgumentException naming the flag, the text and the accepted form
     */
    public static Duration parse(String flag, String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw bad(flag, text);
        }
        double amount = Double.parseDouble(m.group(1));
        long unitNanos = switch (m.group(2)) {
            case "ns" -> 1L;
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "secs" -> 1_000_000_000L;
            case "mins" -> 60_000_000_000L;
            case "hrs" -> 3_600_000_000_000L;
            case "days" -> 86_400_000_000_000L;
            case "weeks" -> 604_800_000_000_000L;
            default -> throw bad(flag, text);
        };
        return Duration.ofNanos(Math.round(amount * unitNanos));
    }

    /** Mesos's way of printing a duration in flags and logs, e.g. {@code 10secs}. */
    public static String format(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos % 60_000_000_000L == 0 && nanos != 0) {
            return nanos / 60_000_000_000L + "mins";
        }
        if (nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + "secs";
        }
        return nanos % 1_000_000L == 0 ? nanos / 1_000_000L + "ms" : nanos + "ns";
    }

    private static IllegalArgumentException bad(String flag, String text) {
        return new IllegalArgumentException("Invalid duration '" + text + "' for " + flag
                + ": expected a number and one of the units ns, us, ms, secs, mins, hrs, days, weeks (e.g. 10secs)");
    }
}
