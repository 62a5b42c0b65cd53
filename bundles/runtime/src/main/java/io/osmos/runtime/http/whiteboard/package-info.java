/**
 * The one type other bundles implement: an HTTP endpoint registered as a whiteboard service. Kept
 * apart from {@code io.osmos.runtime.http} because it is a consumer type and moves at its own pace.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.runtime.http.whiteboard;
