/**
 * The master's side of the allocator conversation: {@link io.osmos.api.allocator.callback.OfferCallback},
 * which the platform implements and an allocator calls. Kept apart from {@code io.osmos.api.allocator}
 * because that package holds what plugins implement, and an OSGi package is either one or the other.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.osmos.api.allocator.callback;
