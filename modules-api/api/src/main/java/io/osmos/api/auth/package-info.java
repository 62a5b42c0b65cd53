/**
 * The HTTP authenticator module kind: {@link io.osmos.api.auth.Authenticator}, which plugins implement,
 * and the values it reads and returns.
 *
 * <p>Matches the Mesos HTTP authenticator module ({@code --http_authenticators}); built-in:
 * {@code basic} (HTTP Basic against a credentials file). When several are configured they are asked in
 * the configured order, as the Mesos combined authenticator does: the first principal wins, and if none
 * authenticates, the challenges of all that answered unauthorized go back in one 401 response.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.api.auth;
