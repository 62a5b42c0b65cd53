/**
 * Mesos v1 allocator messages seen on the operator API, generated from {@code mesos/v1/allocator.proto} into the outer class {@code Protos}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.protocol.v1.allocator;
