package io.osmos.api.authorizer;

import java.util.Objects;
import java.util.Optional;

/**
 * One question to an {@link Authorizer}, as Mesos's {@code authorization::Request}.
 *
 * @param subject who asks; empty when the caller is not authenticated (authentication disabled), which
 *     Mesos ACLs match as {@code ANY}
 * @param action what they want to do
 * @param object what they want to do it to; empty for actions without an object, e.g.
 *     {@link Action#VIEW_FLAGS}
 */
public record AuthorizationRequest(Optional<Subject> subject, Action action, Optional<AuthorizationObject> object) {

    public AuthorizationRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(object, "object");
    }

    /** A request from an authenticated subject about an object. */
    public static AuthorizationRequest of(Subject subject, Action action, AuthorizationObject object) {
        return new AuthorizationRequest(Optional.of(subject), action, Optional.of(object));
    }
}
