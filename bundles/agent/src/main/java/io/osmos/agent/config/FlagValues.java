package io.osmos.agent.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The agent's flags as strings, for {@code /flags}, {@code /state} and GET_FLAGS: every key of its
 * configuration with the value it runs with (defaults included), on top of the flags the launcher
 * started the process with. Where the agent resolved a value (a relative work_dir, master port 0, an
 * empty hostname), the resolved one is shown, since that is what it uses.
 */
public final class FlagValues {
    private FlagValues() {
    }

    /**
     * @param process the process's flags (PID io.osmos.flags), empty outside a launched process
     */
    public static Map<String, String> of(AgentConfig config, AgentSettings settings, Map<String, String> process) {
        Map<String, String> flags = new TreeMap<>(process);
        flags.putAll(configured(config));
        flags.put("master", settings.master().toString());
        flags.put("work_dir", settings.workDir().toString());
        flags.put("hostname", settings.hostname());
        flags.put("http_prefix", settings.httpPrefix());
        flags.put("fetcher_cache_dir", settings.fetcher().cacheDir().toString());
        return flags;
    }

    /** Every key of the configuration with its value; a key's double underscore is its one underscore. */
    static Map<String, String> configured(AgentConfig config) {
        Map<String, String> values = new TreeMap<>();
        for (Method key : AgentConfig.class.getDeclaredMethods()) {
            if (key.getParameterCount() != 0) {
                continue;
            }
            try {
                Object value = key.invoke(config);
                values.put(key.getName().replace("__", "_"), value instanceof Object[] array
                        ? String.join(",", Arrays.stream(array).map(String::valueOf).toList()) : String.valueOf(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                // A key the configuration cannot answer is left out rather than failing the endpoint.
            }
        }
        return values;
    }
}
