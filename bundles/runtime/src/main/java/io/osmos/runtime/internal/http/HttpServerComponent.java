package io.osmos.runtime.internal.http;

import io.osmos.runtime.http.HttpServer;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Netty server with its configuration and routes to every {@link HttpEndpoint} service.
 * The {@link HttpServer} service is registered by hand, after binding, because only then is the
 * port (possibly picked by the OS) known to put in its properties.
 */
@Component(service = {}, immediate = true, configurationPid = HttpServerComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = HttpServerConfig.class)
public final class HttpServerComponent {
    static final String PID = "io.osmos.runtime.http";
    private static final Logger LOG = LoggerFactory.getLogger(HttpServerComponent.class);

    private final Router router = Router.withBuiltIns();
    private BundleContext context;
    private ServerSettings settings;
    private NettyHttpServer server;
    private ServiceRegistration<HttpServer> registration;

    @Activate
    synchronized void activate(BundleContext context, HttpServerConfig config) {
        this.context = context;
        try {
            start(settings(config));
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.error(e.getMessage()); // one clear line; the framework logs the trace as well
            throw e;
        }
    }

    @Modified
    synchronized void modified(HttpServerConfig config) {
        ServerSettings next = settings(config);
        if (server != null && listensAsAsked(next)) {
            server.firewallRules(next.firewallRules());
            server.maxBodyBytes(next.maxBodyBytes());
            settings = next;
            return;
        }
        stop();
        start(next);
    }

    @Deactivate
    synchronized void deactivate() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the HTTP server failed", e);
        }
    }

    @Reference(service = HttpEndpoint.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeEndpoint", updated = "updatedEndpoint")
    void addEndpoint(HttpEndpoint endpoint, Map<String, Object> properties) {
        Object id = properties.get(Constants.SERVICE_ID);
        try {
            router.add(id, paths(properties.get(HttpEndpoint.PATH)), ranking(properties), (Long) id, endpoint);
        } catch (IllegalArgumentException e) {
            LOG.error("Ignoring HTTP endpoint service {}: {}", id, e.getMessage());
        }
    }

    void updatedEndpoint(HttpEndpoint endpoint, Map<String, Object> properties) {
        removeEndpoint(endpoint, properties);
        addEndpoint(endpoint, properties);
    }

    void removeEndpoint(HttpEndpoint endpoint, Map<String, Object> properties) {
        router.remove(properties.get(Constants.SERVICE_ID));
    }

    /** Port 0 asks for any free port, so the port already bound satisfies it. */
    private boolean listensAsAsked(ServerSettings next) {
        return next.ip().equals(settings.ip())
                && (next.port() == 0 || next.port() == server.address().getPort());
    }

    private void start(ServerSettings next) {
        server = new NettyHttpServer(next, router);
        settings = next;
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpServer.PORT, server.address().getPort());
        properties.put(HttpServer.IP, server.address().getAddress().getHostAddress());
        registration = context.registerService(HttpServer.class, server, properties);
    }

    private void stop() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregisters a stopping bundle's services itself
            }
            registration = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private static ServerSettings settings(HttpServerConfig config) {
        return new ServerSettings(config.ip(), config.port(), FirewallRules.parse(config.firewall__rules()),
                config.max__body__bytes());
    }

    /** The path property may hold one path or several (String[] or a collection). */
    private static List<String> paths(Object property) {
        if (property instanceof String[] array) {
            return List.of(array);
        }
        if (property instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return property == null ? List.of() : List.of(property.toString());
    }

    private static int ranking(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }
}
