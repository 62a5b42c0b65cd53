package io.osmos.launcher.flag;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The effective flags of one run: each flag that has a value, where the value came from, in table order. */
public final class Flags {
    /** Where a value came from; the command line beats the environment, which beats the default. */
    public enum Source { DEFAULT, ENVIRONMENT, COMMAND_LINE }

    /** {@code raw} as the user wrote it, {@code converted} as it goes to ConfigAdmin. */
    public record Value(FlagSpec spec, String raw, Object converted, Source source) {
    }

    private final Mode mode;
    private final Map<String, Value> values;

    Flags(Mode mode, Map<String, Value> values) {
        this.mode = mode;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Mode mode() {
        return mode;
    }

    public Map<String, Value> values() {
        return values;
    }

    public Optional<Value> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The converted value of a flag that has a default, e.g. {@code port} as an Integer. */
    public Object value(String name) {
        return get(name).map(Value::converted)
                .orElseThrow(() -> new IllegalStateException("flag '" + name + "' has no value"));
    }

    public Path path(String name) {
        return Path.of((String) value(name));
    }

    public boolean bool(String name) {
        return (Boolean) value(name);
    }

    /** Every effective flag as text, as the {@code /flags} endpoint shows it. */
    public Map<String, String> asStrings() {
        Map<String, String> strings = new LinkedHashMap<>();
        values.forEach((name, v) -> strings.put(name, v.raw()));
        return strings;
    }

    /** Configuration from flags the user gave (command line or environment): it overrides a feature's. */
    public Map<String, Map<String, Object>> explicitConfigurations() {
        return configurations(false);
    }

    /** Configuration from defaults: it fills only what a feature leaves unset. */
    public Map<String, Map<String, Object>> defaultConfigurations() {
        return configurations(true);
    }

    private Map<String, Map<String, Object>> configurations(boolean defaults) {
        Map<String, Map<String, Object>> byPid = new TreeMap<>();
        for (Value v : values.values()) {
            if ((v.source() == Source.DEFAULT) != defaults) {
                continue;
            }
            for (Target t : v.spec().targets()) {
                if (t.modes().contains(mode)) {
                    byPid.computeIfAbsent(t.pid(), p -> new LinkedHashMap<>()).put(t.property(), v.converted());
                }
            }
        }
        return byPid;
    }
}
