package io.osmos.api.auth;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decides who is calling an HTTP endpoint: the Mesos HTTP authenticator. One service serves every
 * realm; the realm of the endpoint comes with each request. Register it with
 * {@link io.osmos.api.Modules#NAME} set, e.g. {@code basic}.
 */
@ConsumerType
public interface Authenticator {

    /**
     * Called for every request to an endpoint that requires authentication, from the HTTP server's
     * threads and concurrently, so it must be thread-safe and must not block: slow checks (a directory
     * lookup) complete the stage later from another thread. The stage must complete within the
     * platform's authentication time budget.
     *
     * @return the outcome: a principal, a 401 challenge, or a 403. A stage that completes exceptionally
     *     or too late fails the request with 500 Internal Server Error and is logged; it never lets the
     *     request through
     */
    CompletionStage<AuthenticationResult> authenticate(AuthenticationRequest request);

    /**
     * The authentication scheme this authenticator implements, as in the {@code Authorization} header,
     * e.g. {@code Basic} or {@code Bearer}. Called from any thread; must not throw.
     */
    String scheme();
}
