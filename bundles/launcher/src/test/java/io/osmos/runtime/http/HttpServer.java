package io.osmos.runtime.http;

import java.net.InetSocketAddress;

/**
 * Stands in for the runtime bundle's service interface, which the launcher never sees at compile
 * time: same name, same method, so the launcher's tracking by class name is tested as it runs.
 */
public interface HttpServer {
    InetSocketAddress address();
}
