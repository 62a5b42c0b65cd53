package io.osmos.runtime.internal.http;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the HTTP server, PID {@code io.osmos.runtime.http}. Keys follow the Mesos flags
 * (ip, port, firewall_rules, max_body_bytes); a double underscore in a method name is how a
 * component property type spells one underscore in the key.
 */
@ObjectClassDefinition(name = "Osmos HTTP server",
        description = "The one HTTP server of an Osmos process")
public @interface HttpServerConfig {
    @AttributeDefinition(description = "Address to listen on")
    String ip() default "0.0.0.0";

    @AttributeDefinition(description = "Port to listen on; 0 picks a free port")
    int port() default ServerSettings.DEFAULT_PORT;

    @AttributeDefinition(description = "Mesos firewall rules as JSON, e.g. "
            + "{\"disabled_endpoints\":{\"paths\":[\"/files/browse\"]}}")
    String firewall__rules() default "";

    @AttributeDefinition(description = "Largest request body accepted; larger requests get 413")
    int max__body__bytes() default ServerSettings.DEFAULT_MAX_BODY_BYTES;
}
