package io.osmos.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirewallTest {
    private static final String RULES = "{\"disabled_endpoints\":{\"paths\":[\"/files/browse\",\"/version\"]}}";

    @Test
    void disabledEndpointsAnswer403WithTheMesosMessage() throws Exception {
        ServerSettings settings = ServerSettings.loopback().withFirewallRules(FirewallRules.parse(RULES));
        try (LoopbackServer http = new LoopbackServer(settings)) {
            http.route("/files/*", exchange -> exchange.respondText(200, "listing"));
            HttpResponse<String> version = http.get("/version");
            assertEquals(403, version.statusCode());
            assertEquals("Endpoint '/version' is disabled", version.body());
            assertEquals("Endpoint '/files/browse' is disabled", http.get("/files/browse").body());
            assertEquals(200, http.get("/files/download").statusCode());
            assertEquals(200, http.get("/health").statusCode());
        }
    }

    @Test
    void rulesChangeWithoutARestart() throws Exception {
        try (LoopbackServer http = new LoopbackServer()) {
            assertEquals(200, http.get("/version").statusCode());
            http.server.firewallRules(FirewallRules.parse(RULES));
            assertEquals(403, http.get("/version").statusCode());
            http.server.firewallRules(FirewallRules.NONE);
            assertEquals(200, http.get("/version").statusCode());
        }
    }

    @Test
    void emptyRulesDisableNothing() {
        assertEquals(Set.of(), FirewallRules.parse("").disabledPaths());
        assertEquals(Set.of(), FirewallRules.parse("{}").disabledPaths());
        assertEquals(Set.of("/a"),
                FirewallRules.parse("{\"disabled_endpoints\":{\"paths\":[\"/a\"]}}").disabledPaths());
    }

    @Test
    void invalidRulesNameTheProblem() {
        assertEquals("Invalid firewall_rules: expected a JSON object",
                assertThrows(IllegalArgumentException.class, () -> FirewallRules.parse("[1]")).getMessage());
        assertEquals("Invalid firewall_rules: 'disabled_endpoints.paths' must be an array of strings",
                assertThrows(IllegalArgumentException.class,
                        () -> FirewallRules.parse("{\"disabled_endpoints\":{\"paths\":\"/a\"}}")).getMessage());
        assertEquals("Invalid firewall_rules: disabled endpoint 'files' is not an absolute path",
                assertThrows(IllegalArgumentException.class,
                        () -> FirewallRules.parse("{\"disabled_endpoints\":{\"paths\":[\"files\"]}}")).getMessage());
        String broken = assertThrows(IllegalArgumentException.class,
                () -> FirewallRules.parse("{\"disabled_endpoints\":")).getMessage();
        assertEquals(true, broken.startsWith("Invalid firewall_rules: not valid JSON ("), broken);
    }
}
