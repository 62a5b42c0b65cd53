/**
 * The allocator module kind: {@link io.osmos.api.allocator.Allocator}, which plugins implement, and the
 * {@link io.osmos.api.allocator.AllocatorOptions} the master hands it. The master's side of the
 * conversation, the offer callback, lives in {@code io.osmos.api.allocator.callback} because the
 * platform implements it.
 *
 * <p>Matches the Mesos allocator module ({@code --allocator}); built-in: {@code hierarchical} (DRF).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.osmos.api.allocator;
