package io.osmos.launcher.flag;

import java.util.Comparator;
import java.util.Optional;

/** One {@code --name[=value]} or {@code --no-name} argument matched to its flag. */
record FlagToken(FlagSpec spec, String value) {

    static FlagToken of(String arg) throws FlagException {
        String body = arg.substring(2);
        int eq = body.indexOf('=');
        String written = eq < 0 ? body : body.substring(0, eq);
        String value = eq < 0 ? null : body.substring(eq + 1);
        String name = written.replace('-', '_');
        Optional<FlagSpec> spec = FlagTable.find(name);
        if (spec.isPresent()) {
            return new FlagToken(spec.get(), value);
        }
        if (name.startsWith("no_") && FlagTable.find(name.substring(3)).isPresent()) {
            FlagSpec negated = FlagTable.find(name.substring(3)).get();
            if (negated.type() != FlagType.BOOL) {
                throw FlagException.general("'--" + written + "': flag '" + negated.name() + "' is not a boolean");
            }
            if (value != null) {
                throw FlagException.general("'" + arg + "': a --no- flag takes no value");
            }
            return new FlagToken(negated, "false");
        }
        throw FlagException.general("unknown flag '--" + written + "'" + suggestion(name));
    }

    /** A near miss (edit distance up to 2, or a third of the name) is likely a typo worth naming. */
    private static String suggestion(String name) {
        return FlagTable.all().stream()
                .map(FlagSpec::name)
                .min(Comparator.comparingInt(candidate -> distance(name, candidate)))
                .filter(best -> distance(name, best) <= Math.max(2, best.length() / 3))
                .map(best -> " (did you mean --" + best + "?)")
                .orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
