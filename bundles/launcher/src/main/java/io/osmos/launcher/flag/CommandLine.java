package io.osmos.launcher.flag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The words and flags of a command line, before any mode-specific checks. */
record CommandLine(List<String> words, Map<String, String> given, boolean help, boolean version) {
    static CommandLine tokenize(String[] args) throws FlagException {
        List<String> words = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        boolean help = false;
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--version")) {
                version = true;
            } else if (arg.startsWith("--")) {
                FlagToken token = FlagToken.of(arg);
                String value = token.value();
                if (value == null && token.spec().type() == FlagType.BOOL) {
                    value = "true";
                } else if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw FlagException.flag(token.spec().name(), "missing value");
                    }
                    value = args[++i];
                }
                if (given.put(token.spec().name(), value) != null) {
                    throw FlagException.general("flag '--" + token.spec().name() + "' is given more than once");
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw FlagException.general("unknown argument '" + arg + "' (flags start with --)");
            } else {
                words.add(arg);
            }
        }
        return new CommandLine(words, given, help, version);
    }

    Optional<Mode> mode() throws FlagException {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.size() > 1) {
            throw FlagException.general("unexpected argument '" + words.get(1) + "'");
        }
        String word = words.get(0);
        return Optional.of(Mode.fromWord(word).orElseThrow(() -> FlagException.general(
                "unknown mode '" + word + "' (expected master, agent or local)")));
    }
}
