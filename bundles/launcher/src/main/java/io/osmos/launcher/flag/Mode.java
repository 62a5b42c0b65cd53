package io.osmos.launcher.flag;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What one osmos process runs; the name on the command line is the lower-case constant name. */
public enum Mode {
    MASTER("offers the resources of agents to frameworks"),
    AGENT("runs tasks on this host for a master"),
    LOCAL("a master and an agent in one process, for trying things out");

    public static final Set<Mode> ALL = EnumSet.allOf(Mode.class);

    private final String summary;

    Mode(String summary) {
        this.summary = summary;
    }

    public String summary() {
        return summary;
    }

    /** The command-line word, e.g. {@code master}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> fromWord(String word) {
        return Arrays.stream(values()).filter(m -> m.word().equals(word)).findFirst();
    }

    @Override
    public String toString() {
        return word();
    }
}
