/**
 * Actors: serial executors in the libprocess sense. Each stateful component owns one and touches its
 * state only from the actor's messages, so it needs no locks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package io.osmos.runtime.actor;
