/**
 * The authorizer module kind: {@link io.osmos.api.authorizer.Authorizer}, which plugins implement, and
 * the request it answers: who ({@link io.osmos.api.authorizer.Subject}) wants to do what
 * ({@link io.osmos.api.authorizer.Action}) to which object
 * ({@link io.osmos.api.authorizer.AuthorizationObject}).
 *
 * <p>Matches the Mesos authorizer module ({@code --authorizers}); built-in: {@code local}, which reads
 * Mesos ACL JSON ({@code --acls}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.api.authorizer;
