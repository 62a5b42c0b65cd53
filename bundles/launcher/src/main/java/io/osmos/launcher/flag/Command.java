package io.osmos.launcher.flag;

import java.util.Optional;

/** What the command line asks for. */
public sealed interface Command {
    /** {@code osmos --help} (no mode) or {@code osmos <mode> --help}. */
    record Help(Optional<Mode> mode) implements Command {
    }

    record Version() implements Command {
    }

    /** Boot a master, an agent or both with these flags. */
    record Run(Flags flags) implements Command {
    }
}
