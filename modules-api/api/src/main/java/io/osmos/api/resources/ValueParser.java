package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the value after the colon of a resource: a scalar {@code 4.5}, ranges
 * {@code [31000-32000, 33000-33010]} or a set {@code {a, b}}. Spaces are ignored, as in Mesos.
 */
final class ValueParser {
    private static final Pattern NUMBER = Pattern.compile("(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");
    private static final Pattern BRACKETS = Pattern.compile("[\\[\\]{}()<>]");

    private ValueParser() {
    }

    /** Sets the type and value of {@code resource} from {@code raw}. */
    static void apply(String name, String raw, Protos.Resource.Builder resource) {
        String text = strip(raw);
        if (text.isEmpty()) {
            throw bad(name, raw, "is empty");
        }
        switch (text.charAt(0)) {
            case '[' -> resource.setType(Protos.Value.Type.RANGES).setRanges(ranges(name, text).toProto());
            case '{' -> resource.setType(Protos.Value.Type.SET)
                .setSet(Protos.Value.Set.newBuilder().addAllItem(Arrays.asList(items(name, text))));
            default -> resource.setType(Protos.Value.Type.SCALAR)
                .setScalar(Protos.Value.Scalar.newBuilder().setValue(scalar(name, text)));
        }
    }

    static double scalar(String name, String text) {
        if (BRACKETS.matcher(text).find()) {
            throw bad(name, text, "is not a scalar, [ranges] or {set}");
        }
        if (text.startsWith("-") && NUMBER.matcher(text.substring(1)).matches()) {
            throw bad(name, text, "is negative");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw bad(name, text, "is not a number");
        }
        double value = Double.parseDouble(text);
        if (value > Scalars.MAX) {
            throw bad(name, text, "is too large");
        }
        return value;
    }

    static Ranges ranges(String name, String raw) {
        String text = strip(raw);
        if (!Brackets.balanced(text) || !Brackets.wraps(text, '[')) {
            throw bad(name, text, "is not ranges of the form [begin-end, ...]");
        }
        String inner = text.substring(1, text.length() - 1);
        if (BRACKETS.matcher(inner).find()) {
            throw bad(name, text, "has brackets inside the ranges");
        }
        List<String> pieces = Arrays.stream(inner.split(",")).filter(p -> !p.isEmpty()).toList();
        long[] pairs = new long[pieces.size() * 2];
        for (int i = 0; i < pieces.size(); i++) {
            var range = RANGE.matcher(pieces.get(i));
            if (!range.matches()) {
                throw bad(name, pieces.get(i), "is not a range of non-negative integers");
            }
            try {
                pairs[2 * i] = Long.parseLong(range.group(1));
                pairs[2 * i + 1] = Long.parseLong(range.group(2));
            } catch (NumberFormatException e) {
                throw bad(name, pieces.get(i), "is above 2^63-1");
            }
            if (pairs[2 * i] > pairs[2 * i + 1]) {
                throw bad(name, pieces.get(i), "has begin greater than end");
            }
        }
        return Ranges.from(pairs);
    }

    static String[] items(String name, String text) {
        if (!Brackets.wraps(text, '{') || BRACKETS.matcher(text.substring(1, text.length() - 1)).find()) {
            throw bad(name, text, "is not a set of the form {a, b, ...}");
        }
        String[] items = Arrays.stream(text.substring(1, text.length() - 1).split(","))
            .filter(item -> !item.isEmpty()).sorted().toArray(String[]::new);
        for (int i = 1; i < items.length; i++) {
            if (items[i].equals(items[i - 1])) {
                throw bad(name, text, "has item '" + items[i] + "' twice");
            }
        }
        return items;
    }

    private static String strip(String raw) {
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out == null) {
                    out = new StringBuilder(raw.length()).append(raw, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? raw : out.toString();
    }

    private static IllegalArgumentException bad(String name, String value, String reason) {
        String subject = name == null ? "Bad value" : "Bad value for resource '" + name + "'";
        return new IllegalArgumentException(subject + ": '" + value + "' " + reason);
    }
}
