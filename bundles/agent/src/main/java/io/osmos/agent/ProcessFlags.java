package io.osmos.agent;

import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/**
 * The flags the launcher started the process with, which it puts in PID {@code io.osmos.flags} as
 * strings; the agent shows them in {@code /flags}, {@code /state} and GET_FLAGS. A component of its
 * own because that PID exists only in a launched process, and the agent must run without it.
 */
@Component(service = ProcessFlags.class, configurationPid = ProcessFlags.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class ProcessFlags {
    public static final String PID = "io.osmos.flags";

    private volatile Map<String, String> flags = Map.of();

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        Map<String, String> next = new TreeMap<>();
        properties.forEach((key, value) -> {
            // ConfigAdmin and DS add bookkeeping properties (service.pid, component.name...); flags have no dot.
            if (!key.contains(".")) {
                next.put(key, String.valueOf(value));
            }
        });
        flags = Map.copyOf(next);
    }

    Map<String, String> values() {
        return flags;
    }

    /** The flags component the agent reads, while there is one; set from DS threads. */
    static final class Holder {
        volatile ProcessFlags source;

        Map<String, String> values() {
            ProcessFlags current = source;
            return current == null ? Map.of() : current.values();
        }
    }
}
