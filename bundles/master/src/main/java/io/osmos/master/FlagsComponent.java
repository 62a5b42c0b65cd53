package io.osmos.master;

import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/**
 * The process's effective flags, which the launcher puts in PID {@code io.osmos.flags} as strings;
 * the master shows them in GET_FLAGS and {@code /flags}. A separate component because that PID is
 * not the master's configuration: it only exists in a launched process.
 */
@Component(service = FlagsComponent.class, configurationPid = FlagsComponent.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class FlagsComponent {
    public static final String PID = "io.osmos.flags";

    private volatile Map<String, String> flags = Map.of();

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        Map<String, String> next = new TreeMap<>();
        properties.forEach((key, value) -> {
            // ConfigAdmin and DS add their own bookkeeping properties; flags have plain names.
            if (!key.startsWith("service.") && !key.startsWith("component.") && !key.startsWith("felix.")
                    && !key.startsWith("osgi.") && !key.contains(".")) {
                next.put(key, String.valueOf(value));
            }
        });
        flags = Map.copyOf(next);
    }

    Map<String, String> values() {
        return flags;
    }

    /** The flags component the master reads, while there is one. */
    static final class Holder {
        volatile FlagsComponent source;

        Map<String, String> values() {
            FlagsComponent current = source;
            return current == null ? Map.of() : current.values();
        }
    }
}
