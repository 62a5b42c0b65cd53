/**
 * Mesos v1 executor API (executor calls and agent events), generated from {@code mesos/v1/executor.proto} into the outer class {@code Protos}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.protocol.v1.executor;
