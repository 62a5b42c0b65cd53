package io.osmos.master;

import io.osmos.api.allocator.Allocator;
import io.osmos.api.hook.MasterHook;
import io.osmos.master.core.Durations;
import io.osmos.master.core.Master;
import io.osmos.master.core.MasterHooks;
import io.osmos.master.core.MasterSettings;
import io.osmos.master.http.AgentEndpoint;
import io.osmos.master.http.MetricsEndpoint;
import io.osmos.master.http.OperatorEndpoint;
import io.osmos.master.http.SchedulerEndpoint;
import io.osmos.master.http.StateEndpoint;
import io.osmos.runtime.http.HttpServer;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferenceScope;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the master on the process's HTTP server: registers its endpoints, feeds it the allocator
 * chosen by configuration and every master hook. A configuration change is applied live (a new
 * allocator name or interval swaps the allocator); only the hostname waits for a restart.
 */
@Component(service = {}, immediate = true, configurationPid = MasterComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = MasterConfig.class)
public final class MasterComponent {
    public static final String PID = "io.osmos.master";
    private static final Logger LOG = LoggerFactory.getLogger(MasterComponent.class);

    private final MasterHooks hooks = new MasterHooks();
    private final AllocatorCandidates allocators = new AllocatorCandidates();
    private final List<ServiceRegistration<HttpEndpoint>> endpoints = new ArrayList<>();
    private final Master master;
    private MasterSettings settings;

    @Activate
    public MasterComponent(BundleContext context, MasterConfig config,
            @Reference(name = "http_server") HttpServer server) {
        settings = settings(config);
        master = new Master(settings, server.address(), hooks);
        register(context, SchedulerEndpoint.PATH, new SchedulerEndpoint(master));
        register(context, AgentEndpoint.PATH, new AgentEndpoint(master));
        register(context, OperatorEndpoint.PATH, new OperatorEndpoint(master));
        StateEndpoint state = new StateEndpoint(master);
        StateEndpoint.PATHS.forEach(path -> register(context, path, state));
        register(context, MetricsEndpoint.PATH, new MetricsEndpoint(master));
        allocators.attach(master, settings.allocator());
    }

    @Modified
    void modified(MasterConfig config) {
        MasterSettings next = settings(config);
        if (!next.hostname().equals(settings.hostname())) {
            LOG.warn("The master's hostname changes from '{}' to '{}' only when it restarts", settings.hostname(),
                    next.hostname());
        }
        boolean swap = !next.allocator().equals(settings.allocator())
                || !next.allocationInterval().equals(settings.allocationInterval());
        master.reconfigure(next);
        if (swap) {
            allocators.want(next.allocator(), true);
        }
        settings = next;
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<HttpEndpoint> registration : endpoints) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregisters a stopping bundle's services itself
            }
        }
        endpoints.clear();
        allocators.detach();
        master.stop();
    }

    @Reference(service = Allocator.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, scope = ReferenceScope.PROTOTYPE, unbind = "removeAllocator")
    void addAllocator(ComponentServiceObjects<Allocator> objects, Map<String, Object> properties) {
        allocators.add(objects, properties);
    }

    void removeAllocator(ComponentServiceObjects<Allocator> objects, Map<String, Object> properties) {
        allocators.remove(properties);
    }

    @Reference(service = MasterHook.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeHook")
    void addHook(MasterHook hook, Map<String, Object> properties) {
        int ranking = properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
        hooks.add(hook, ranking, (Long) properties.get(Constants.SERVICE_ID));
    }

    void removeHook(MasterHook hook) {
        hooks.remove(hook);
    }

    private void register(BundleContext context, String path, HttpEndpoint endpoint) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpEndpoint.PATH, path);
        endpoints.add(context.registerService(HttpEndpoint.class, endpoint, properties));
    }

    /** @throws IllegalArgumentException naming the key and the expected form */
    static MasterSettings settings(MasterConfig config) {
        return new MasterSettings(config.hostname(),
                Durations.parsePositive("allocation_interval", config.allocation__interval()),
                Durations.parseOptional("offer_timeout", config.offer__timeout()),
                Durations.parsePositive("heartbeat_interval", config.heartbeat__interval()),
                Durations.parsePositive("agent_ping_timeout", config.agent__ping__timeout()),
                config.allocator());
    }
}
