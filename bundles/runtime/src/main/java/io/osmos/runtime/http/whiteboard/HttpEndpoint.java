package io.osmos.runtime.http.whiteboard;

import io.osmos.runtime.http.HttpExchange;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An HTTP endpoint, registered as an OSGi service with the {@link #PATH} property: an exact path
 * such as "/api/v1/scheduler", or a prefix such as "/files/*" (which also matches "/files"); a
 * String[] serves several paths, e.g. {"/state", "/master/state"}. The longest match wins; between
 * equal paths, the higher service.ranking. Endpoints come and go live.
 */
@ConsumerType
public interface HttpEndpoint {
    /** Service property naming the path(s) or path prefix(es) this endpoint serves. */
    String PATH = "osmos.http.path";

    /**
     * Handles a request on an I/O thread: do not block; hand the work to an actor and answer the
     * exchange from there. A {@link io.osmos.runtime.http.BadRequestException} becomes its status and
     * message; any other exception becomes a 500.
     */
    void handle(HttpExchange exchange) throws Exception;
}
