/**
 * Mesos v1 quota messages, generated from {@code mesos/v1/quota.proto} into the outer class {@code Protos}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.protocol.v1.quota;
