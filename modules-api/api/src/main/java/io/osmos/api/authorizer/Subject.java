package io.osmos.api.authorizer;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who asks for authorization: the authenticated principal's name and claims, as Mesos's
 * {@code authorization::Subject}. Immutable.
 */
public final class Subject {

    private final String value;
    private final Map<String, String> claims;

    private Subject(String value, Map<String, String> claims) {
        this.value = value;
        this.claims = Map.copyOf(claims);
    }

    public static Subject of(String value) {
        return of(value, Map.of());
    }

    /**
     * @param value the principal's name, or null when only claims identify it
     * @throws IllegalArgumentException if neither a non-blank name nor a claim is given
     */
    public static Subject of(String value, Map<String, String> claims) {
        Objects.requireNonNull(claims, "claims");
        if ((value == null || value.isBlank()) && claims.isEmpty()) {
            throw new IllegalArgumentException("a subject needs a non-blank value or at least one claim");
        }
        return new Subject(value, claims);
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    public Map<String, String> claims() {
        return claims;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Subject that && Objects.equals(value, that.value) && claims.equals(that.claims);
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
