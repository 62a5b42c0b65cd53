/**
 * Mesos v1 agent operator API (calls and responses), generated from {@code mesos/v1/agent.proto}
 * into the outer class {@code Protos}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.protocol.v1.agent;
