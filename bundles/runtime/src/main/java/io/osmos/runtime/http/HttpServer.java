package io.osmos.runtime.http;

import java.net.InetSocketAddress;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The process's HTTP server, registered as a service once it listens. Its service properties carry
 * {@link #PORT} and {@link #IP}, so a launcher or test can find the bound port when it asked for 0.
 */
@ProviderType
public interface HttpServer {
    /** Service property: the bound port (Integer). */
    String PORT = "osmos.http.port";

    /** Service property: the bound address as text, e.g. "0.0.0.0". */
    String IP = "osmos.http.ip";

    /** The address the server listens on. */
    InetSocketAddress address();
}
