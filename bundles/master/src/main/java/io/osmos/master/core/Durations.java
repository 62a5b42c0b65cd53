package io.osmos.master.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations written as Mesos flags write them: "1secs", "500ms", "2.5mins", or "none" where allowed. */
public final class Durations {
    private static final Pattern FORMAT =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|ms|secs|mins|hrs|days|weeks)");

    private Durations() {
    }

    /**
     * @param flag the setting's name, for the error message
     * @throws IllegalArgumentException naming the flag and the expected form
     */
    public static Duration parse(String flag, String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Invalid " + flag + " '" + text + "': expected a number followed by"
                    + " ns, us, ms, secs, mins, hrs, days or weeks, e.g. '1secs'");
        }
        long unit = switch (matcher.group(2)) {
            case "ns" -> 1L;
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "secs" -> 1_000_000_000L;
            case "mins" -> 60_000_000_000L;
            case "hrs" -> 3_600_000_000_000L;
            case "days" -> 86_400_000_000_000L;
            default -> 604_800_000_000_000L;
        };
        BigDecimal nanos = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(unit));
        if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("Invalid " + flag + " '" + text + "': too long");
        }
        return Duration.ofNanos(nanos.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** As {@link #parse}, and the duration must be longer than zero. */
    public static Duration parsePositive(String flag, String text) {
        Duration duration = parse(flag, text);
        if (duration.isZero()) {
            throw new IllegalArgumentException("Invalid " + flag + " '" + text + "': must be longer than zero");
        }
        return duration;
    }

    /** As {@link #parsePositive}, where "none" (or nothing) means no duration at all. */
    public static Optional<Duration> parseOptional(String flag, String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        return Optional.of(parsePositive(flag, text));
    }

    /** The Mesos form, e.g. "15secs" or "1.5secs". */
    public static String format(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.toNanos()).movePointLeft(9).stripTrailingZeros();
        return seconds.toPlainString() + "secs";
    }
}
