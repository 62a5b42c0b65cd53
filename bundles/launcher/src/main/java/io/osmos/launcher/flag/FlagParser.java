package io.osmos.launcher.flag;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code osmos <mode> [--flag=value ...]} the way Mesos reads its flags: {@code --name=value},
 * {@code --name value}, booleans as {@code --name} / {@code --no-name}, dashes and underscores alike,
 * and {@code OSMOS_<NAME>} environment variables under the command line.
 */
public final class FlagParser {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

    private final Map<String, String> environment;
    private final Optional<Path> home;
    private final Path tmp;

    /** {@code home} is the distribution folder, when there is one; {@code tmp} roots default work dirs. */
    public FlagParser(Map<String, String> environment, Optional<Path> home, Path tmp) {
        this.environment = Map.copyOf(environment);
        this.home = home;
        this.tmp = tmp;
    }

    public Command parse(String... args) throws FlagException {
        CommandLine line = CommandLine.tokenize(args);
        Optional<Mode> mode = line.mode();
        if (line.help()) {
            return new Command.Help(mode);
        }
        if (line.version()) {
            return new Command.Version();
        }
        if (mode.isEmpty()) {
            throw FlagException.general("no mode given: osmos master|agent|local [--flag=value ...]"
                    + " (osmos --help lists the flags)");
        }
        return new Command.Run(resolve(mode.get(), line.given()));
    }

    private Flags resolve(Mode mode, Map<String, String> given) throws FlagException {
        for (String name : given.keySet()) {
            FlagSpec spec = FlagTable.find(name).orElseThrow();
            if (!spec.appliesTo(mode)) {
                throw FlagException.general("flag '--" + name + "' does not apply to " + mode + " (only to "
                        + spec.modes().stream().sorted().map(Mode::word).collect(Collectors.joining(", ")) + ")");
            }
        }
        Map<String, Flags.Value> values = new LinkedHashMap<>();
        for (FlagSpec spec : FlagTable.forMode(mode)) {
            Optional<Flags.Value> value = valueOf(spec, mode, given, values);
            value.ifPresent(v -> values.put(spec.name(), v));
            if (value.isEmpty() && spec.requiredIn().contains(mode)) {
                throw FlagException.general("missing required flag '--" + spec.name() + "' (or "
                        + spec.environmentVariable() + ")");
            }
        }
        return new Flags(mode, values);
    }

    private Optional<Flags.Value> valueOf(FlagSpec spec, Mode mode, Map<String, String> given,
                                          Map<String, Flags.Value> earlier) throws FlagException {
        if (given.containsKey(spec.name())) {
            return Optional.of(convert(spec, given.get(spec.name()), Flags.Source.COMMAND_LINE, ""));
        }
        String fromEnvironment = environment.get(spec.environmentVariable());
        if (fromEnvironment != null) {
            return Optional.of(convert(spec, fromEnvironment, Flags.Source.ENVIRONMENT,
                    " (from environment variable " + spec.environmentVariable() + ")"));
        }
        Optional<String> fallback = spec.defaultFor(mode);
        if (fallback.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(convert(spec, expand(fallback.get(), mode, earlier), Flags.Source.DEFAULT, " (default)"));
    }

    private static Flags.Value convert(FlagSpec spec, String raw, Flags.Source source, String origin)
            throws FlagException {
        try {
            return new Flags.Value(spec, raw, spec.type().convert(raw), source);
        } catch (IllegalArgumentException e) {
            throw FlagException.flag(spec.name(), e.getMessage() + origin);
        }
    }

    private String expand(String template, Mode mode, Map<String, Flags.Value> earlier) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(placeholder(m.group(1), mode, earlier)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String placeholder(String name, Mode mode, Map<String, Flags.Value> earlier) {
        switch (name) {
            case "mode":
                return mode.word();
            case "tmp":
                return tmp.toString();
            case "home":
                // Embedded and development runs have no distribution folder: the work dir stands in.
                return home.map(Path::toString).orElseGet(() -> placeholder("work_dir", mode, earlier));
            default:
                Flags.Value v = earlier.get(name);
                if (v == null) {
                    throw new IllegalStateException("default refers to '" + name + "', which has no earlier value");
                }
                return String.valueOf(v.converted());
        }
    }
}
