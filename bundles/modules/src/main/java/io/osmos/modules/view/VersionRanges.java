package io.osmos.modules.view;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the filter of a package requirement back into the version range an author wrote in
 * Import-Package, e.g. {@code (&(osgi.wiring.package=p)(version>=1.0.0)(!(version>=2.0.0)))} into
 * {@code [1.0.0,2.0.0)}: the framework keeps only the filter, operators think in ranges.
 */
public final class VersionRanges {
    private static final Pattern AT_LEAST = Pattern.compile("(?<!!)\\(version>=([^)]+)\\)");
    private static final Pattern ABOVE = Pattern.compile("\\(!\\(version<=([^)]+)\\)\\)");
    private static final Pattern BELOW = Pattern.compile("\\(!\\(version>=([^)]+)\\)\\)");
    private static final Pattern AT_MOST = Pattern.compile("(?<!!)\\(version<=([^)]+)\\)");
    private static final Pattern EXACT = Pattern.compile("\\(version=([^)]+)\\)");

    private VersionRanges() {
    }

    /** The range in OSGi notation; {@code 0.0.0} when the filter has no version; the filter itself if unreadable. */
    public static String fromFilter(String filter) {
        if (filter == null) {
            return "0.0.0";
        }
        Matcher exact = EXACT.matcher(filter);
        if (exact.find()) {
            return "[" + exact.group(1) + "," + exact.group(1) + "]";
        }
        String lower = find(AT_LEAST, filter);
        String lowerOpen = find(ABOVE, filter);
        String upper = find(BELOW, filter);
        String upperClosed = find(AT_MOST, filter);
        if (lower == null && lowerOpen == null && upper == null && upperClosed == null) {
            return filter.contains("version") ? filter : "0.0.0";
        }
        if (upper == null && upperClosed == null) {
            // an open-ended range is written as its floor alone, as in Import-Package
            return lower != null ? lower : "(" + lowerOpen + ",)";
        }
        String from = lower != null ? "[" + lower : lowerOpen != null ? "(" + lowerOpen : "[0.0.0";
        String to = upper != null ? upper + ")" : upperClosed + "]";
        return from + "," + to;
    }

    private static String find(Pattern pattern, String filter) {
        Matcher matcher = pattern.matcher(filter);
        return matcher.find() ? matcher.group(1) : null;
    }
}
