package io.osmos.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.master.core.MasterSettings;
import io.osmos.master.core.RateLimit;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The configuration keys of PID io.osmos.master, read as DS hands them over. */
class MasterConfigTest {
    @Test
    void theDefaultsAreMesoss() {
        assertEquals(MasterSettings.defaults(), MasterComponent.settings(config(Map.of())));
    }

    @Test
    void everyKeyIsRead() {
        MasterSettings settings = MasterComponent.settings(config(Map.of("hostname", "master.example",
                "allocation__interval", "5secs", "offer__timeout", "2mins", "heartbeat__interval", "30secs",
                "agent__ping__timeout", "10secs", "allocator", "hierarchical")));
        assertEquals(new MasterSettings("master.example", Duration.ofSeconds(5), Optional.of(Duration.ofMinutes(2)),
                Duration.ofSeconds(30), Duration.ofSeconds(10), "hierarchical"), settings);
    }

    @Test
    void healthHooksAndBacklogKeysAreRead() {
        MasterSettings settings = MasterComponent.settings(config(Map.of("max__agent__ping__timeouts", "3",
                "agent__removal__rate__limit", "2/10mins", "hooks", "audit, quota-labels", "hook__timeout", "250ms",
                "max__subscriber__backlog", "1048576")));
        assertEquals(3, settings.maxAgentPingTimeouts());
        assertEquals(Optional.of(new RateLimit(2, Duration.ofMinutes(10))), settings.agentRemovalRateLimit());
        assertEquals(Duration.ofMinutes(5), settings.agentRemovalRateLimit().orElseThrow().interval());
        assertEquals(List.of("audit", "quota-labels"), settings.hooks());
        assertEquals(Duration.ofMillis(250), settings.hookTimeout());
        assertEquals(1048576, settings.maxSubscriberBacklog());
    }

    @Test
    void badHealthSettingsAreRefusedNamingTheirKeys() {
        assertEquals("Invalid agent_removal_rate_limit '1-10mins': expected <number of agents>/<duration>, e.g."
                + " '1/10mins'", refusal("agent__removal__rate__limit", "1-10mins"));
        assertEquals("Invalid agent_removal_rate_limit '0/10mins': the number of agents must be at least 1",
                refusal("agent__removal__rate__limit", "0/10mins"));
        assertEquals("Invalid max_agent_ping_timeouts '0': expected a whole number of at least 1",
                refusal("max__agent__ping__timeouts", "0"));
        assertEquals("Invalid max_subscriber_backlog 'lots': expected a number of bytes of at least 1",
                refusal("max__subscriber__backlog", "lots"));
    }

    private static String refusal(String key, String value) {
        return assertThrows(IllegalArgumentException.class,
                () -> MasterComponent.settings(config(Map.of(key, value)))).getMessage();
    }

    @Test
    void aBadValueIsRefusedNamingItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MasterComponent.settings(config(Map.of("offer__timeout", "soon"))));
        assertEquals("Invalid offer_timeout 'soon': expected a number followed by ns, us, ms, secs, mins, hrs, days"
                + " or weeks, e.g. '1secs'", e.getMessage());
    }

    /** A MasterConfig whose methods answer from the map (keyed by method name), else their defaults. */
    private static MasterConfig config(Map<String, String> values) {
        return (MasterConfig) Proxy.newProxyInstance(MasterConfig.class.getClassLoader(),
                new Class<?>[] {MasterConfig.class}, (proxy, method, args) -> values.containsKey(method.getName())
                        ? values.get(method.getName()) : method.getDefaultValue());
    }
}
