package io.osmos.agent.fetcher;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as Mesos flags write them, e.g. {@code 2GB} for {@code --fetcher_cache_size}: a number and
 * one of B, KB, MB, GB, TB, each unit 1024 times the one before.
 */
public final class MesosBytes {
    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgt]?b)\\s*");
    private static final String UNITS = "bkmgt";

    private MesosBytes() {
    }

    /**
     * @param flag the flag or configuration key, named in the error
     * @throws IllegalArgumentException naming the flag, the text and the accepted form
     */
    public static long parse(String flag, String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid size '" + text + "' for " + flag
                    + ": expected a number and one of the units B, KB, MB, GB, TB (e.g. 2GB)");
        }
        int power = UNITS.indexOf(m.group(2).charAt(0));
        double bytes = Double.parseDouble(m.group(1)) * Math.pow(1024, power);
        if (bytes >= Long.MAX_VALUE) {
            throw new IllegalArgumentException("Invalid size '" + text + "' for " + flag + ": too large");
        }
        return (long) bytes;
    }

    /** The way Mesos prints a size: the largest unit that divides it, e.g. {@code 2GB}, {@code 1536KB}. */
    public static String format(long bytes) {
        int power = 0;
        long value = bytes;
        while (value != 0 && value % 1024 == 0 && power < UNITS.length() - 1) {
            value /= 1024;
            power++;
        }
        return value + (power == 0 ? "B" : Character.toUpperCase(UNITS.charAt(power)) + "B");
    }
}
