/**
 * Resources as Mesos counts them: {@link io.osmos.api.resources.Resources} (arithmetic, filters,
 * the text form), {@link io.osmos.api.resources.Ranges} for ports and other ranges, and
 * {@link io.osmos.api.resources.Roles} for the role tree. Value types only; no services.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.api.resources;
