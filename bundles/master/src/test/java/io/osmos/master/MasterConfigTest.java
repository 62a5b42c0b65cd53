package io.osmos.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.master.core.MasterSettings;
import java.lang.reflect.Proxy;
import java.time.Duration;
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
