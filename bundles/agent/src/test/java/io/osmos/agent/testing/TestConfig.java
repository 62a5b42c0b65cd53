package io.osmos.agent.testing;

import io.osmos.agent.config.AgentConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** An {@link AgentConfig} as DS would build it: the annotation's defaults, overridden by keys set here. */
public final class TestConfig {
    private final Map<String, Object> values = new HashMap<>();

    /** @param key the configuration key as written in a .cfg file, e.g. "work_dir" */
    public TestConfig set(String key, Object value) {
        values.put(key, value);
        return this;
    }

    public AgentConfig build() {
        Map<String, Object> snapshot = Map.copyOf(values);
        return (AgentConfig) Proxy.newProxyInstance(AgentConfig.class.getClassLoader(),
                new Class<?>[] {AgentConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return AgentConfig.class;
                    }
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("toString") ? "AgentConfig" + snapshot
                                : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : proxy == args[0];
                    }
                    String key = method.getName().replace("__", "_");
                    return snapshot.getOrDefault(key, method.getDefaultValue());
                });
    }
}
