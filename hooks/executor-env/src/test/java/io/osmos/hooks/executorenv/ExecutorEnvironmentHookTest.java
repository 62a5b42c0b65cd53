package io.osmos.hooks.executorenv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.Environment;
import io.osmos.protocol.v1.Protos.Environment.Variable;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import java.lang.annotation.Annotation;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExecutorEnvironmentHookTest {
    private static ExecutorEnvironmentHook hook(String environment) {
        ExecutorEnvironmentHook hook = new ExecutorEnvironmentHook();
        hook.configure(new ExecutorEnvironmentConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ExecutorEnvironmentConfig.class;
            }

            @Override
            public String environment() {
                return environment;
            }
        });
        return hook;
    }

    private static String decorate(ExecutorEnvironmentHook hook, String name, String value) {
        Environment given = Environment.newBuilder().addVariables(Variable.newBuilder().setName(name).setValue(value))
                .build();
        ExecutorInfo executor = ExecutorInfo.newBuilder().setCommand(CommandInfo.newBuilder().setEnvironment(given))
                .buildPartial();
        return hook.slaveExecutorEnvironmentDecorator(executor).orElseThrow().getVariablesList().stream()
                .map(v -> v.getName() + "=" + v.getValue()).collect(Collectors.joining(","));
    }

    @Test
    void addsTheConfiguredVariablesAfterTheFrameworksOwn() {
        assertEquals("PATH=/bin,HTTP_PROXY=http://p:3128,OSMOS_SITE=eu-1",
                decorate(hook("HTTP_PROXY=http://p:3128,OSMOS_SITE=eu-1"), "PATH", "/bin"));
    }

    @Test
    void theFrameworksValueWins() {
        assertEquals("OSMOS_SITE=mine", decorate(hook("OSMOS_SITE=eu-1"), "OSMOS_SITE", "mine"));
    }

    @Test
    void anEntryWithoutAValueIsRefusedNamingIt() {
        assertEquals("environment: 'PROXY' is not NAME=value",
                assertThrows(IllegalArgumentException.class, () -> ExecutorEnvironmentHook.parse("PROXY")).getMessage());
    }
}
