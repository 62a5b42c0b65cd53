package io.osmos.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    @Test
    void headersAreFoundWhateverTheirCase() {
        AuthenticationRequest request = new AuthenticationRequest(Realms.MASTER_SCHEDULER, "POST",
                "/api/v1/scheduler", Map.of("Authorization", List.of("Basic b3BzOnNlY3JldA==")));

        assertEquals(Optional.of("Basic b3BzOnNlY3JldA=="), request.header("authorization"));
        assertEquals(Optional.empty(), request.header("Cookie"));
    }

    @Test
    void headersDifferingOnlyInCaseKeepAllValuesInOrder() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Trace", List.of("a"));
        headers.put("x-trace", List.of("b"));

        AuthenticationRequest request = new AuthenticationRequest(Realms.AGENT_READONLY, "GET", "/state", headers);

        assertEquals(List.of("a", "b"), request.headers().get("X-TRACE"));
    }

    @Test
    void eachResultCarriesOnlyItsOwnDetail() {
        AuthenticationResult ok = AuthenticationResult.authenticated(Principal.of("ops"));
        AuthenticationResult challenge = AuthenticationResult.unauthorized("Basic realm=\"mesos-master-readwrite\"");
        AuthenticationResult refused = AuthenticationResult.forbidden("token expired");

        assertEquals(Optional.of("ops"), ok.principal().flatMap(Principal::value));
        assertEquals(Optional.empty(), ok.challenge());
        assertEquals(AuthenticationResult.Outcome.UNAUTHORIZED, challenge.outcome());
        assertEquals(Optional.of("Basic realm=\"mesos-master-readwrite\""), challenge.challenge());
        assertEquals(Optional.empty(), challenge.reason());
        assertEquals(Optional.of("token expired"), refused.reason());
        assertEquals(Optional.empty(), refused.principal());
    }

    @Test
    void unauthorizedWithoutChallengeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AuthenticationResult.unauthorized(" "));
        assertEquals("the challenge of an authentication result must not be blank", e.getMessage());
    }

    @Test
    void principalNeedsAValueOrAClaim() {
        assertThrows(IllegalArgumentException.class, () -> Principal.of(null, Map.of()));
        Principal byClaims = Principal.of(null, Map.of("sub", "ops"));
        assertEquals(Optional.empty(), byClaims.value());
        assertEquals(Map.of("sub", "ops"), byClaims.claims());
    }
}
