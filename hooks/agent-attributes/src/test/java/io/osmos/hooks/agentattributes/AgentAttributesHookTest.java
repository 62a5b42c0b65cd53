package io.osmos.hooks.agentattributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Attribute;
import io.osmos.protocol.v1.Protos.Value;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgentAttributesHookTest {
    private static AgentAttributesHook hook(String attributes, String resources) {
        AgentAttributesHook hook = new AgentAttributesHook();
        hook.configure(new AgentAttributesConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AgentAttributesConfig.class;
            }

            @Override
            public String attributes() {
                return attributes;
            }

            @Override
            public String resources() {
                return resources;
            }
        });
        return hook;
    }

    private static AgentInfo agent(String rack) {
        return AgentInfo.newBuilder().setHostname("h").addAllResources(Resources.parse("cpus:2"))
                .addAttributes(Attribute.newBuilder().setName("rack").setType(Value.Type.TEXT)
                        .setText(Value.Text.newBuilder().setValue(rack))).build();
    }

    @Test
    void addsOsArchAndConfiguredAttributesButKeepsTheOperators() {
        String names = hook("rack:ignored;zone:a", "").slaveAttributesDecorator(agent("r1")).orElseThrow().stream()
                .map(a -> a.getName() + "=" + a.getText().getValue()).collect(Collectors.joining(","));
        assertEquals("rack=r1,os=" + System.getProperty("os.name").toLowerCase() + ",arch="
                + System.getProperty("os.arch") + ",zone=a", names);
    }

    @Test
    void addsConfiguredResourcesToTheAgents() {
        Resources decorated = hook("", "licenses:4").slaveResourcesDecorator(agent("r1")).orElseThrow();
        assertEquals(Resources.parse("cpus:2;licenses:4"), decorated);
    }

    @Test
    void noConfiguredResourcesLeavesThemAlone() {
        assertEquals(Optional.empty(), hook("", "").slaveResourcesDecorator(agent("r1")));
    }

    @Test
    void badConfigurationNamesTheEntry() {
        assertEquals("attributes: 'zone' is not name:value",
                assertThrows(IllegalArgumentException.class, () -> hook("zone", "")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> hook("", "licenses:many"));
    }
}
