package io.osmos.launcher.flag;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks for the Mesos value syntaxes that need more than a line (durations, bytes, resources...). */
final class Syntax {
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    // Units as Mesos' stout spells them.
    private static final Pattern DURATION = Pattern.compile("(\\d+(\\.\\d+)?)(ns|us|ms|secs|mins|hrs|days|weeks)");
    private static final Pattern BYTES = Pattern.compile("(\\d+)(B|KB|MB|GB|TB)");
    private static final Map<String, Long> BYTE_UNITS =
            Map.of("B", 1L, "KB", 1L << 10, "MB", 1L << 20, "GB", 1L << 30, "TB", 1L << 40);
    /** A resource's name and its quantity (a scalar, {@code [ranges]} or a {@code {set}}), as flags write them. */
    static final String RESOURCE_NAME = "[A-Za-z_][\\w.\\-/]*";
    static final String RESOURCE_VALUE = "\\d+(\\.\\d+)?|\\[\\s*\\d+-\\d+(\\s*,\\s*\\d+-\\d+)*\\s*]|\\{[^{}]*}";
    private static final Pattern RESOURCE =
            Pattern.compile(RESOURCE_NAME + "(\\([^()]*\\))?:(" + RESOURCE_VALUE + ")");
    private static final Pattern ATTRIBUTE = Pattern.compile("[^:;]+:[^;]+");

    private Syntax() {
    }

    static String ip(String raw) {
        if (IPV4.matcher(raw).matches() || (IPV6.matcher(raw).matches() && ipv6(raw))) {
            return raw;
        }
        throw FlagType.invalid(raw, "IP address");
    }

    private static boolean ipv6(String raw) {
        try {
            // A literal with ':' is parsed, never looked up.
            return java.net.InetAddress.getByName(raw) instanceof java.net.Inet6Address;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    static String duration(String raw) {
        if (DURATION.matcher(raw).matches()) {
            return raw;
        }
        throw FlagType.invalid(raw, "duration (e.g. 100ms, 10secs, 5mins)");
    }

    static Long bytes(String raw) {
        Matcher m = BYTES.matcher(raw);
        if (m.matches()) {
            try {
                return Math.multiplyExact(Long.parseLong(m.group(1)), BYTE_UNITS.get(m.group(2)));
            } catch (ArithmeticException | NumberFormatException e) {
                throw new IllegalArgumentException("'" + raw + "' is too large");
            }
        }
        throw FlagType.invalid(raw, "size (e.g. 512B, 64KB, 10MB, 2GB)");
    }

    /** Strict JSON (no comments, no trailing text), returned in compact form. */
    static String json(String text, String shownAs) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element;
            try {
                element = JsonParser.parseReader(reader);
            } catch (JsonParseException e) {
                throw new IllegalArgumentException(shownAs + " is not valid JSON (" + reason(e) + ")");
            }
            if (!atEnd(reader)) {
                throw new IllegalArgumentException(shownAs + " has text after the JSON value");
            }
            return element.toString();
        } catch (IOException e) {
            throw new IllegalArgumentException(shownAs + " cannot be read: " + e.getMessage());
        }
    }

    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    static String jsonOrFile(String raw) {
        String trimmed = raw.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return json(trimmed, "'" + raw + "'");
        }
        Path file = Path.of(trimmed.startsWith("file://") ? trimmed.substring("file://".length()) : trimmed);
        if (trimmed.isEmpty() || !Files.isReadable(file) || Files.isDirectory(file)) {
            throw new IllegalArgumentException("'" + raw + "' is neither JSON nor a readable file");
        }
        try {
            return json(Files.readString(file), "file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read file " + file + ": " + e.getMessage());
        }
    }

    static String master(String raw) {
        if (raw.startsWith("zk://") || raw.startsWith("file://")) {
            if (raw.indexOf("://") + 3 < raw.length()) {
                return raw;
            }
        } else {
            int colon = raw.lastIndexOf(':');
            if (colon > 0 && colon < raw.length() - 1 && !raw.substring(0, colon).isBlank()) {
                try {
                    FlagType.PORT.convert(raw.substring(colon + 1));
                    return raw;
                } catch (IllegalArgumentException e) {
                    // fall through to the general message
                }
            }
        }
        throw FlagType.invalid(raw, "master (host:port, zk://host:port/path or file:///path)");
    }

    static String resources(String raw) {
        if (raw.trim().startsWith("[")) {
            return json(raw, "'" + raw + "'");
        }
        items(raw, RESOURCE, "resources: '%s' is not name(role):value");
        return raw;
    }

    static String attributes(String raw) {
        items(raw, ATTRIBUTE, "attributes: '%s' is not name:value");
        return raw;
    }

    private static void items(String raw, Pattern item, String reason) {
        if (raw.isBlank()) {
            throw new IllegalArgumentException("'" + raw + "' is empty");
        }
        for (String part : raw.split(";", -1)) {
            if (!item.matcher(part.trim()).matches()) {
                throw new IllegalArgumentException("'" + raw + "' is not valid " + String.format(reason, part));
            }
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        // Gson appends a troubleshooting link on a new line; the user needs only the first line.
        return message.lines().findFirst().orElse(message);
    }
}
