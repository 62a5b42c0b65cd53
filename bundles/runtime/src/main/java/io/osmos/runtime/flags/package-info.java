/**
 * Values of Mesos flags that the master and the agent read and print the same way, such as durations.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.runtime.flags;
