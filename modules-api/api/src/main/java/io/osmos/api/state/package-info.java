/**
 * The registry storage module kind: {@link io.osmos.api.state.Storage}, a versioned key/value store
 * with compare-and-set that plugins implement, and its {@link io.osmos.api.state.Entry}. The platform's
 * typed front over it, which modules call, is in {@code io.osmos.api.state.variable}.
 *
 * <p>Matches Mesos's state storage ({@code --registry}); built-in: {@code in_memory}, {@code local}
 * (embedded, the default), {@code zookeeper}, {@code etcd}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.api.state;
