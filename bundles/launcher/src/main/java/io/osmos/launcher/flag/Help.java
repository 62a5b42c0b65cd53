package io.osmos.launcher.flag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The text of {@code osmos --help} and {@code osmos <mode> --help}, generated from the flag table. */
public final class Help {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");
    private static final int NAME_WIDTH = 32;

    private final Optional<Path> home;
    private final Path tmp;

    public Help(Optional<Path> home, Path tmp) {
        this.home = home;
        this.tmp = tmp;
    }

    public String render(Optional<Mode> mode) {
        StringBuilder out = new StringBuilder();
        if (mode.isPresent()) {
            out.append("Usage: osmos ").append(mode.get()).append(" [--flag=value ...]\n");
            out.append("Runs ").append(article(mode.get())).append(": ").append(mode.get().summary()).append(".\n");
        } else {
            out.append("Usage: osmos master|agent|local [--flag=value ...]\n");
            out.append("       osmos <mode> --help | osmos --version\n\nModes:\n");
            for (Mode m : Mode.values()) {
                out.append(String.format("  %-8s%s%n", m.word(), m.summary()));
            }
        }
        out.append("\nFlags (each may also come from OSMOS_<NAME>, e.g. OSMOS_PORT=5055; the command line wins):\n");
        List<FlagSpec> flags = mode.map(FlagTable::forMode).orElse(FlagTable.all());
        for (FlagSpec spec : flags) {
            out.append(line(spec, mode));
        }
        return out.toString();
    }

    private String line(FlagSpec spec, Optional<Mode> mode) {
        String usage = spec.type() == FlagType.BOOL
                ? "--" + spec.name() + ", --no-" + spec.name()
                : "--" + spec.name() + "=" + spec.type().placeholder();
        List<String> notes = new ArrayList<>();
        Set<Mode> shown = mode.map(Set::of).orElse(spec.modes());
        if (mode.isEmpty() && !spec.modes().equals(Mode.ALL)) {
            notes.add(spec.modes().stream().sorted().map(Mode::word).collect(Collectors.joining(", ")) + " only");
        }
        defaults(spec, shown).ifPresent(notes::add);
        String text = spec.help() + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
        String pad = usage.length() < NAME_WIDTH ? " ".repeat(NAME_WIDTH - usage.length()) : "\n" + " ".repeat(NAME_WIDTH + 2);
        return "  " + usage + pad + text + "\n";
    }

    private Optional<String> defaults(FlagSpec spec, Set<Mode> modes) {
        Set<String> distinct = new LinkedHashSet<>();
        List<String> perMode = new ArrayList<>();
        for (Mode m : modes.stream().sorted().toList()) {
            String text = spec.requiredIn().contains(m) ? "required"
                    : spec.defaultFor(m).map(d -> "default " + readable(d, m)).orElse("no default");
            distinct.add(text);
            perMode.add(m.word() + ": " + text);
        }
        if (distinct.equals(Set.of("no default"))) {
            return Optional.empty();
        }
        Set<String> templates = modes.stream().map(m -> spec.defaultFor(m).orElse("")).collect(Collectors.toSet());
        if (distinct.size() > 1 && templates.size() == 1 && spec.requiredIn().isEmpty()) {
            // One template that differs only by mode reads better once: /tmp/osmos-<mode>.
            return Optional.of("default " + readable(templates.iterator().next(), null));
        }
        return Optional.of(distinct.size() == 1 ? distinct.iterator().next() : String.join(", ", perMode));
    }

    private String readable(String template, Mode mode) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "mode" -> mode == null ? "<mode>" : mode.word();
                case "tmp" -> tmp.toString();
                case "home" -> home.map(Path::toString).orElse("<work_dir>");
                default -> "<" + m.group(1) + ">";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String article(Mode mode) {
        return mode == Mode.AGENT ? "an agent" : mode == Mode.MASTER ? "a master" : "locally";
    }
}
