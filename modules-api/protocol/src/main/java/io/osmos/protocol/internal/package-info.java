/**
 * Osmos's own master-agent protocol ({@code AgentCall}, {@code AgentEvent}), generated from
 * {@code osmos/internal/agent.proto} into the outer class {@code Internal}. Exported so the master
 * and agent bundles can share it; it is not part of the Mesos wire API.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.protocol.internal;
