package io.osmos.master;

import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import io.osmos.runtime.internal.http.NettyHttpServer;
import io.osmos.runtime.internal.http.Router;
import io.osmos.runtime.internal.http.ServerSettings;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Dictionary;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A {@link MasterComponent} activated as Declarative Services would activate it, on the runtime's real
 * Netty server on a free loopback port. Its bundle context only takes registrations: the endpoints it
 * registers are routed into that server, as the runtime's whiteboard would route them; anything else
 * asked of the context fails naming what was asked, so a component needing more says so.
 */
final class ComponentRun implements AutoCloseable {
    final MasterComponent component;
    private final Router router = Router.withBuiltIns();
    private final NettyHttpServer server = new NettyHttpServer(ServerSettings.loopback(), router);
    private final AtomicLong order = new AtomicLong();

    /** @param configuration PID io.osmos.master's values, keyed by MasterConfig method name */
    ComponentRun(Map<String, String> configuration) {
        component = new MasterComponent(context(), config(configuration), server);
    }

    /** A MasterConfig whose methods answer from the map (keyed by method name), else their defaults. */
    static MasterConfig config(Map<String, String> values) {
        return (MasterConfig) Proxy.newProxyInstance(MasterConfig.class.getClassLoader(),
                new Class<?>[] {MasterConfig.class}, (proxy, method, args) -> values.containsKey(method.getName())
                        ? values.get(method.getName()) : method.getDefaultValue());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "registerService" -> register(args[1], (Dictionary<?, ?>) args[2]);
                    case "toString" -> "the test's bundle context";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("The test's bundle context has no "
                            + method.getName());
                });
    }

    private ServiceRegistration<?> register(Object service, Dictionary<?, ?> properties) {
        Object owner = new Object();
        if (service instanceof HttpEndpoint endpoint) {
            String path = (String) properties.get(HttpEndpoint.PATH);
            router.add(owner, path, 0, order.incrementAndGet(), endpoint);
        }
        return (ServiceRegistration<?>) Proxy.newProxyInstance(ServiceRegistration.class.getClassLoader(),
                new Class<?>[] {ServiceRegistration.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "unregister" -> {
                        router.remove(owner);
                        yield null;
                    }
                    case "toString" -> "registration of " + service;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("The test's registrations have no "
                            + method.getName());
                });
    }

    @Override
    public void close() {
        component.deactivate();
        server.close();
    }
}
