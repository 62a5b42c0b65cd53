/**
 * Mesos v1 maintenance schedule messages, generated from {@code mesos/v1/maintenance.proto} into the outer class {@code Protos}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.protocol.v1.maintenance;
