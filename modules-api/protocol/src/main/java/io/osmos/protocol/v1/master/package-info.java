/**
 * Mesos v1 master operator API (calls, responses, events), generated from {@code mesos/v1/master.proto} into the outer class {@code Protos}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.protocol.v1.master;
