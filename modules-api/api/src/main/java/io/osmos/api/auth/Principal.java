package io.osmos.api.auth;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who an authenticated request comes from: a name, claims (e.g. from a token), or both, as a Mesos
 * principal. Immutable.
 */
public final class Principal {

    private final String value;
    private final Map<String, String> claims;

    private Principal(String value, Map<String, String> claims) {
        this.value = value;
        this.claims = Map.copyOf(claims);
    }

    /** A principal known by name, e.g. the user of HTTP Basic credentials. */
    public static Principal of(String value) {
        return of(value, Map.of());
    }

    /**
     * A principal with a name and claims.
     *
     * @param value the name, or null when only claims identify the principal
     * @throws IllegalArgumentException if neither a non-blank name nor a claim is given, since that
     *     identifies nobody
     */
    public static Principal of(String value, Map<String, String> claims) {
        Objects.requireNonNull(claims, "claims");
        if ((value == null || value.isBlank()) && claims.isEmpty()) {
            throw new IllegalArgumentException("a principal needs a non-blank value or at least one claim");
        }
        return new Principal(value, claims);
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    public Map<String, String> claims() {
        return claims;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Principal that && Objects.equals(value, that.value)
                && claims.equals(that.claims);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, claims);
    }

    @Override
    public String toString() {
        return claims.isEmpty() ? String.valueOf(value) : value + " " + claims;
    }
}
