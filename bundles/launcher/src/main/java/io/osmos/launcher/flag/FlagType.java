package io.osmos.launcher.flag;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a flag's text becomes a configuration value. Each constant rejects bad text with an
 * {@link IllegalArgumentException} whose message is the reason shown to the user.
 */
public enum FlagType {
    STRING("VALUE") {
        @Override
        Object convert(String raw) {
            return raw;
        }
    },
    BOOL("true|false") {
        @Override
        Object convert(String raw) {
            if (raw.equals("true") || raw.equals("false")) {
                return Boolean.valueOf(raw);
            }
            throw invalid(raw, "boolean (true or false)");
        }
    },
    INT("N") {
        @Override
        Object convert(String raw) {
            try {
                return Integer.valueOf(raw.trim());
            } catch (NumberFormatException e) {
                throw invalid(raw, "integer");
            }
        }
    },
    FRACTION("0..1") {
        @Override
        Object convert(String raw) {
            try {
                double value = Double.parseDouble(raw.trim());
                if (value >= 0 && value <= 1) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw invalid(raw, "fraction between 0 and 1");
        }
    },
    PORT("PORT") {
        @Override
        Object convert(String raw) {
            if (!DIGITS.matcher(raw).matches() || raw.length() > 5 || Integer.parseInt(raw) > 65535) {
                throw invalid(raw, "port");
            }
            return Integer.valueOf(raw);
        }
    },
    IP("IP") {
        @Override
        Object convert(String raw) {
            return Syntax.ip(raw);
        }
    },
    DURATION("DURATION") {
        @Override
        Object convert(String raw) {
            return Syntax.duration(raw);
        }
    },
    BYTES("BYTES") {
        @Override
        Object convert(String raw) {
            return Syntax.bytes(raw);
        }
    },
    JSON("JSON") {
        @Override
        Object convert(String raw) {
            return Syntax.json(raw, raw);
        }
    },
    /** Mesos JSON flags take the JSON itself or a file holding it ({@code file:///path} or a path). */
    JSON_OR_FILE("JSON|PATH") {
        @Override
        Object convert(String raw) {
            return Syntax.jsonOrFile(raw);
        }
    },
    PATH("PATH") {
        @Override
        Object convert(String raw) {
            if (raw.isBlank()) {
                throw invalid(raw, "path");
            }
            return Path.of(raw).toAbsolutePath().normalize().toString();
        }
    },
    LEVEL("LEVEL") {
        @Override
        Object convert(String raw) {
            String level = raw.toUpperCase(Locale.ROOT);
            if (!LEVELS.matcher(level).matches()) {
                throw invalid(raw, "logging level (INFO, WARNING, ERROR, DEBUG or TRACE)");
            }
            return level;
        }
    },
    MASTER("MASTER") {
        @Override
        Object convert(String raw) {
            return Syntax.master(raw);
        }
    },
    RESOURCES("RESOURCES") {
        @Override
        Object convert(String raw) {
            return Syntax.resources(raw);
        }
    },
    /** Alternatives of resource quantities, as {@code --min_allocatable_resources} takes them. */
    QUANTITIES("QUANTITIES") {
        @Override
        Object convert(String raw) {
            return ResourceQuantities.alternatives(raw);
        }
    },
    ATTRIBUTES("ATTRIBUTES") {
        @Override
        Object convert(String raw) {
            return Syntax.attributes(raw);
        }
    };

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LEVELS = Pattern.compile("INFO|WARNING|ERROR|DEBUG|TRACE");

    private final String placeholder;

    FlagType(String placeholder) {
        this.placeholder = placeholder;
    }

    /** The value's shape as shown in help, e.g. {@code --port=PORT}. */
    public String placeholder() {
        return placeholder;
    }

    /** The configuration value for {@code raw}: Integer, Long, Boolean or String. */
    abstract Object convert(String raw);

    static IllegalArgumentException invalid(String raw, String what) {
        return new IllegalArgumentException("'" + raw + "' is not a valid " + what);
    }
}
