/**
 * Metrics that any bundle adds to the process's {@code /metrics/snapshot}: Mesos gathers every part's
 * metrics into one flat map by name, and so do the master's and the agent's snapshot endpoints.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.runtime.metrics;
