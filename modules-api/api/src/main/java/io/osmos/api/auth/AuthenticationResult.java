package io.osmos.api.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link Authenticator} concluded about one request: exactly one of authenticated (a
 * principal), unauthorized (answered 401 with a new challenge) or forbidden (answered 403, no new
 * challenge), as in Mesos. Immutable.
 */
public final class AuthenticationResult {

    /** The three outcomes Mesos distinguishes. */
    public enum Outcome {
        /** The caller is known: {@link #principal()} is set. */
        AUTHENTICATED,
        /** Missing or wrong credentials: 401 with {@link #challenge()} as {@code WWW-Authenticate}. */
        UNAUTHORIZED,
        /** Credentials understood but refused, no point in retrying: 403 with {@link #reason()}. */
        FORBIDDEN
    }

    private final Outcome outcome;
    private final Principal principal;
    private final String detail;

    private AuthenticationResult(Outcome outcome, Principal principal, String detail) {
        this.outcome = outcome;
        this.principal = principal;
        this.detail = detail;
    }

    public static AuthenticationResult authenticated(Principal principal) {
        return new AuthenticationResult(Outcome.AUTHENTICATED, Objects.requireNonNull(principal, "principal"), null);
    }

    /**
     * @param challenge the {@code WWW-Authenticate} value, e.g. {@code Basic realm="mesos-master-readwrite"}
     * @throws IllegalArgumentException if the challenge is blank, since a 401 must carry one
     */
    public static AuthenticationResult unauthorized(String challenge) {
        return new AuthenticationResult(Outcome.UNAUTHORIZED, null, nonBlank(challenge, "challenge"));
    }

    /** @param reason why, shown in the 403 body, e.g. {@code token expired} */
    public static AuthenticationResult forbidden(String reason) {
        return new AuthenticationResult(Outcome.FORBIDDEN, null, nonBlank(reason, "reason"));
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Set when {@link Outcome#AUTHENTICATED}. */
    public Optional<Principal> principal() {
        return Optional.ofNullable(principal);
    }

    /** Set when {@link Outcome#UNAUTHORIZED}. */
    public Optional<String> challenge() {
        return outcome == Outcome.UNAUTHORIZED ? Optional.of(detail) : Optional.empty();
    }

    /** Set when {@link Outcome#FORBIDDEN}. */
    public Optional<String> reason() {
        return outcome == Outcome.FORBIDDEN ? Optional.of(detail) : Optional.empty();
    }

    private static String nonBlank(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("the " + what + " of an authentication result must not be blank");
        }
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuthenticationResult that && outcome == that.outcome
                && Objects.equals(principal, that.principal) && Objects.equals(detail, that.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, principal, detail);
    }

    @Override
    public String toString() {
        return outcome + (principal != null ? " " + principal : " " + detail);
    }
}
