/**
 * The platform's typed front over the registry storage: {@link io.osmos.api.state.variable.State},
 * which the platform implements over the selected {@link io.osmos.api.state.Storage} and modules call,
 * and the {@link io.osmos.api.state.variable.Variable} it reads and writes, as Mesos's
 * {@code mesos::state::State} and {@code Variable}. Kept apart from {@code io.osmos.api.state} because
 * that package holds what plugins implement, and an OSGi package is either one or the other.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.api.state.variable;
