package io.osmos.launcher.flag;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One flag: its Mesos name, type, the modes that accept it, its default per mode and the
 * configuration it sets. Defaults may name {@code ${mode}}, {@code ${tmp}}, {@code ${home}} and any
 * flag defined earlier in the table, e.g. {@code 127.0.0.1:${port}}. Built with the wither methods so
 * the table reads like a table.
 */
public record FlagSpec(String name, FlagType type, String help, Set<Mode> modes,
                       Map<Mode, String> defaults, Set<Mode> requiredIn, List<Target> targets) {

    public FlagSpec {
        modes = Set.copyOf(modes);
        defaults = Map.copyOf(defaults);
        requiredIn = Set.copyOf(requiredIn);
        targets = List.copyOf(targets);
    }

    static FlagSpec of(String name, FlagType type, String help) {
        return new FlagSpec(name, type, help, Mode.ALL, Map.of(), Set.of(), List.of());
    }

    FlagSpec in(Mode first, Mode... rest) {
        return new FlagSpec(name, type, help, EnumSet.of(first, rest), defaults, requiredIn, targets);
    }

    /** The default in every mode that accepts the flag. */
    FlagSpec byDefault(String value) {
        Map<Mode, String> all = new EnumMap<>(Mode.class);
        modes.forEach(m -> all.put(m, value));
        return new FlagSpec(name, type, help, modes, all, requiredIn, targets);
    }

    FlagSpec byDefault(Mode mode, String value) {
        Map<Mode, String> more = new EnumMap<>(Mode.class);
        more.putAll(defaults);
        more.put(mode, value);
        return new FlagSpec(name, type, help, modes, more, requiredIn, targets);
    }

    FlagSpec requiredIn(Mode mode) {
        Set<Mode> more = EnumSet.of(mode);
        more.addAll(requiredIn);
        return new FlagSpec(name, type, help, modes, defaults, more, targets);
    }

    /** Sets {@code property} of {@code pid} in every mode that accepts the flag. */
    FlagSpec configures(String pid, String property) {
        return configures(pid, property, modes);
    }

    FlagSpec configures(String pid, String property, Set<Mode> in) {
        List<Target> more = new ArrayList<>(targets);
        more.add(new Target(pid, property, in));
        return new FlagSpec(name, type, help, modes, defaults, requiredIn, more);
    }

    public boolean appliesTo(Mode mode) {
        return modes.contains(mode);
    }

    public Optional<String> defaultFor(Mode mode) {
        return Optional.ofNullable(defaults.get(mode));
    }

    /** The environment variable that can set this flag, e.g. {@code OSMOS_WORK_DIR}. */
    public String environmentVariable() {
        return "OSMOS_" + name.toUpperCase(java.util.Locale.ROOT);
    }
}
