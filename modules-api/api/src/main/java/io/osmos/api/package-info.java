/**
 * What every Osmos module kind shares: the service property that names a module.
 *
 * <p>Each module kind has its own package next to this one ({@code io.osmos.api.allocator},
 * {@code io.osmos.api.hook}, ...). A plugin registers its service with {@link io.osmos.api.Modules#NAME}
 * set, and the platform selects it by that name from configuration.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.api;
