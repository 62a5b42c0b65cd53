/**
 * The isolator module kind: {@link io.osmos.api.isolator.Isolator}, which plugins implement, and the
 * container values it receives and returns.
 *
 * <p>Matches the Mesos isolator module ({@code --isolation}); built-in: {@code posix/cpu},
 * {@code posix/mem}, {@code cgroups/cpu}, {@code cgroups/mem}, {@code disk/du},
 * {@code filesystem/posix}. The agent uses the isolators named in {@code --isolation}, in that order.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.api.isolator;
