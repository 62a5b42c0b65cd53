package io.osmos.launcher;

import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Completes when the runtime's HTTP server service appears. The launcher cannot see the runtime's
 * classes, so it tracks the service by class name and reads {@code address()} through the class the
 * registering bundle exports, unless the registration carries {@value #PORT_PROPERTY}.
 */
final class HttpReadiness {
    static final String HTTP_SERVER = "io.osmos.runtime.http.HttpServer";
    static final String PORT_PROPERTY = "osmos.http.port";
    static final String IP_PROPERTY = "osmos.http.ip";

    private final CompletableFuture<InetSocketAddress> address = new CompletableFuture<>();
    private final ServiceTracker<Object, Object> tracker;

    HttpReadiness(BundleContext context) {
        try {
            tracker = new ServiceTracker<>(context,
                    context.createFilter("(objectClass=" + HTTP_SERVER + ")"), null) {
                @Override
                public Object addingService(ServiceReference<Object> ref) {
                    try {
                        address.complete(addressOf(context, ref));
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        address.completeExceptionally(e);
                    }
                    return ref;
                }
            };
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    void open() {
        // All services: the system bundle has no wiring to the runtime's package.
        tracker.open(true);
    }

    CompletableFuture<InetSocketAddress> address() {
        return address;
    }

    private static InetSocketAddress addressOf(BundleContext context, ServiceReference<Object> ref)
            throws ReflectiveOperationException {
        Object port = ref.getProperty(PORT_PROPERTY);
        if (port != null) {
            Object ip = ref.getProperty(IP_PROPERTY);
            return new InetSocketAddress(ip == null ? "0.0.0.0" : ip.toString(), Integer.parseInt(port.toString()));
        }
        Method address = ref.getBundle().loadClass(HTTP_SERVER).getMethod("address");
        Object server = context.getService(ref);
        try {
            return (InetSocketAddress) address.invoke(server);
        } finally {
            context.ungetService(ref);
        }
    }
}
