package io.osmos.launcher.flag;

import java.util.Set;

/** A configuration property a flag sets: property {@code property} of ConfigAdmin PID {@code pid}, in these modes. */
public record Target(String pid, String property, Set<Mode> modes) {
    public Target {
        modes = Set.copyOf(modes);
    }
}
