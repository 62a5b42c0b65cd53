package io.osmos.runtime.flags;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as Mesos flags write them: a number and a unit, e.g. {@code 1secs}, {@code 500ms},
 * {@code 2.5mins}; units ns, us, ms, secs, mins, hrs, days, weeks. Read exactly (no floating point on
 * the way to nanoseconds) and printed as Mesos prints them.
 */
public final class Durations {
    private static final Pattern FORMAT =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|ms|secs|mins|hrs|days|weeks)");
    private static final List<String> UNITS = List.of("ns", "us", "ms", "secs", "mins", "hrs", "days", "weeks");
    private static final long[] NANOS = {1L, 1_000L, 1_000_000L, 1_000_000_000L, 60_000_000_000L,
        3_600_000_000_000L, 86_400_000_000_000L, 604_800_000_000_000L};
    // Mesos prints with the precision of a double: 15 significant digits.
    private static final MathContext PRINTED = new MathContext(15, RoundingMode.HALF_EVEN);

    private Durations() {
    }

    /**
     * @param flag the setting's name, for the error message
     * @throws IllegalArgumentException naming the flag, the text and the expected form
     */
    public static Duration parse(String flag, String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Invalid " + flag + " '" + text + "': expected a number followed by"
                    + " ns, us, ms, secs, mins, hrs, days or weeks, e.g. '1secs'");
        }
        long unit = NANOS[UNITS.indexOf(matcher.group(2))];
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

    /**
     * As Mesos prints a duration: in the largest unit it reaches ({@code 10mins}, {@code 500ms}), or
     * one unit smaller when that gives a whole number and the larger does not ({@code 90secs} rather
     * than {@code 1.5mins}), else with a fraction ({@code 1.5secs} for 1,500,000,001 ns is
     * {@code 1.500000001secs}).
     */
    public static String format(Duration duration) {
        long nanos = duration.toNanos();
        String sign = nanos < 0 ? "-" : "";
        long magnitude = Math.abs(nanos);
        int unit = 0;
        while (unit + 1 < NANOS.length && magnitude >= NANOS[unit + 1]) {
            unit++;
        }
        if (unit > 0 && magnitude % NANOS[unit] != 0 && magnitude % NANOS[unit - 1] == 0) {
            unit--;
        }
        BigDecimal amount = BigDecimal.valueOf(magnitude).divide(BigDecimal.valueOf(NANOS[unit]), PRINTED);
        return sign + amount.stripTrailingZeros().toPlainString() + UNITS.get(unit);
    }
}
