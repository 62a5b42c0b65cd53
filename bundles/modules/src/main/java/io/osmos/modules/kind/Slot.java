package io.osmos.modules.kind;

import java.util.Objects;

/**
 * Where the platform reads the choice for a module kind: one property of one configuration PID,
 * named after the Mesos flag, and the value the platform uses when the property is not set (empty
 * when the platform has no built-in default).
 */
public record Slot(String pid, String property, String defaultValue) {
    public static final String MASTER_PID = "io.osmos.master";
    public static final String AGENT_PID = "io.osmos.agent";

    public Slot {
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    @Override
    public String toString() {
        return pid + "/" + property;
    }
}
