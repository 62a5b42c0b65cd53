package io.osmos.launcher.flag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks Mesos's resource-quantity alternatives ({@code --min_allocatable_resources}): alternatives
 * separated by {@code |}, each {@code ;}-separated {@code name:quantity} items where a quantity is a
 * scalar, {@code [ranges]} or a {@code {set}}. Quantities have no role, reservation or revocability.
 * The master parses the value again with the full resource grammar; this catches mistakes before
 * anything starts.
 */
final class ResourceQuantities {
    private static final Pattern ITEM =
            Pattern.compile("(" + Syntax.RESOURCE_NAME + ")\\s*:\\s*(" + Syntax.RESOURCE_VALUE + ")");
    private static final Pattern QUALIFIED = Pattern.compile(Syntax.RESOURCE_NAME + "\\s*(\\(|\\{REV}).*");
    private static final String EXAMPLE = "cpus:0.01|mem:32";

    private ResourceQuantities() {
    }

    /** @return {@code raw} unchanged; empty stands for no minimum at all */
    static String alternatives(String raw) {
        for (String alternative : raw.split("\\|")) {
            if (!alternative.isBlank()) {
                check(raw, alternative.strip());
            }
        }
        return raw;
    }

    private static void check(String raw, String alternative) {
        boolean asksForSomething = false;
        for (String part : alternative.split(";")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            Matcher matcher = ITEM.matcher(item);
            if (!matcher.matches()) {
                throw invalid(raw, QUALIFIED.matcher(item).matches()
                        ? "'" + item + "' has a role, reservation or revocability; give plain quantities such as "
                                + EXAMPLE
                        : "'" + item + "' is not name:quantity");
            }
            asksForSomething |= positive(matcher.group(2));
        }
        if (!asksForSomething) {
            throw invalid(raw, "the alternative '" + alternative + "' asks for nothing; leave the value empty to "
                    + "offer any non-empty resources");
        }
    }

    private static boolean positive(String quantity) {
        if (quantity.startsWith("{")) {
            return !quantity.substring(1, quantity.length() - 1).isBlank();
        }
        // Ranges always hold a member; only a scalar can be zero.
        return quantity.startsWith("[") || Double.parseDouble(quantity) > 0;
    }

    private static IllegalArgumentException invalid(String raw, String reason) {
        return new IllegalArgumentException("'" + raw + "' is not valid resource quantities: " + reason);
    }
}
