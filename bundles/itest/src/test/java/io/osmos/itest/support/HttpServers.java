package io.osmos.itest.support;

import io.osmos.runtime.http.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.osgi.framework.BundleContext;

/**
 * The runtime's HTTP server as a client bundle finds it. Kept apart from the test classes so the
 * runtime's package is only loaded once the feature's bundles have started.
 */
public final class HttpServers {
    private HttpServers() {
    }

    /** The address the registered HttpServer says it listens on. */
    public static InetSocketAddress awaitAddress(BundleContext context, Duration timeout) {
        return Services.await(context, HttpServer.class, timeout).address();
    }
}
