/**
 * HTTP for endpoints: the exchange handed to an endpoint, event streams, content negotiation, the
 * Mesos JSON/protobuf codec and RecordIO framing.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.osmos.runtime.http;
