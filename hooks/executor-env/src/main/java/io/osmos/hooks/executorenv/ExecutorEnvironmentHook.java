package io.osmos.hooks.executorenv;

import io.osmos.api.Modules;
import io.osmos.api.hook.AgentHook;
import io.osmos.protocol.v1.Protos.Environment;
import io.osmos.protocol.v1.Protos.Environment.Variable;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Gives every executor the environment variables the operator configures (a proxy, the site's name),
 * as Mesos's executor environment decorator does. It extends the environment and never drops a
 * variable: when the framework set one of the same name, the framework's value wins.
 */
@Component(property = Modules.NAME + "=" + ExecutorEnvironmentHook.NAME, configurationPid = ExecutorEnvironmentHook.PID)
@Designate(ocd = ExecutorEnvironmentConfig.class)
public final class ExecutorEnvironmentHook implements AgentHook {
    public static final String NAME = "executor_env";
    public static final String PID = "io.osmos.hooks.executorenv";

    private volatile Map<String, String> variables = Map.of();

    @Activate
    @Modified
    void configure(ExecutorEnvironmentConfig config) {
        variables = parse(config.environment());
    }

    @Override
    public Optional<Environment> slaveExecutorEnvironmentDecorator(ExecutorInfo executor) {
        Environment current = executor.getCommand().getEnvironment();
        Set<String> present = current.getVariablesList().stream().map(Variable::getName).collect(Collectors.toSet());
        Environment.Builder next = current.toBuilder();
        variables.forEach((name, value) -> {
            if (!present.contains(name)) {
                next.addVariables(Variable.newBuilder().setName(name).setType(Variable.Type.VALUE).setValue(value));
            }
        });
        return Optional.of(next.build());
    }

    /** {@code NAME=value,NAME2=value}; an entry without '=' or with an empty name fails activation, naming it. */
    static Map<String, String> parse(String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || entry.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("environment: '" + entry.trim() + "' is not NAME=value");
            }
            parsed.put(entry.substring(0, eq).trim(), entry.substring(eq + 1));
        }
        return Collections.unmodifiableMap(parsed);
    }
}
