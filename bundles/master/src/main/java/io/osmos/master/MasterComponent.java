package io.osmos.master;

import io.osmos.api.allocator.Allocator;
import io.osmos.api.hook.MasterHook;
import io.osmos.api.Modules;
import io.osmos.master.core.Master;
import io.osmos.master.core.MasterHooks;
import io.osmos.master.core.MasterSettings;
import io.osmos.master.http.MasterEndpoints;
import io.osmos.runtime.http.HttpServer;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import io.osmos.runtime.metrics.MetricsSource;
import io.osmos.runtime.metrics.MetricsSources;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
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
 * allocator name or allocator option swaps the allocator); only the hostname waits for a restart.
 */
@Component(service = {}, immediate = true, configurationPid = MasterComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = MasterConfig.class)
public final class MasterComponent {
    public static final String PID = "io.osmos.master";
    private static final Logger LOG = LoggerFactory.getLogger(MasterComponent.class);

    private final MasterHooks hooks = new MasterHooks();
    private final FlagsComponent.Holder flags = new FlagsComponent.Holder();
    private final AllocatorCandidates allocators = new AllocatorCandidates();
    private final MetricsSources metrics = new MetricsSources();
    private final List<ServiceRegistration<HttpEndpoint>> endpoints = new ArrayList<>();
    private final Master master;
    private final ServiceRegistration<?> command;
    private MasterSettings settings;
    private String defaultAllocator;

    @Activate
    public MasterComponent(BundleContext context, MasterConfig config,
            @Reference(name = "http_server") HttpServer server) {
        settings = settings(config);
        master = new Master(settings, server.address(), hooks);
        master.flags(flags::values);
        MasterEndpoints.of(master, allocators, metrics).forEach((path, endpoint) -> register(context, path, endpoint));
        command = context.registerService(Object.class.getName(), new AllocatorCommand(master, allocators),
                AllocatorCommand.PROPERTIES);
        defaultAllocator = config.default__allocator();
        allocators.attach(master, settings.allocator(), defaultAllocator);
    }

    @Modified
    void modified(MasterConfig config) {
        MasterSettings next = settings(config);
        if (!next.hostname().equals(settings.hostname())) {
            LOG.warn("The master's hostname changes from '{}' to '{}' only when it restarts", settings.hostname(),
                    next.hostname());
        }
        reconfigure(master, allocators, settings, next);
        if (!config.default__allocator().equals(defaultAllocator)) {
            defaultAllocator = config.default__allocator();
            allocators.fallback(defaultAllocator);
        }
        settings = next;
    }

    /** Hands {@code next} to the master; a new allocator or new allocator options swap in a fresh instance. */
    static void reconfigure(Master master, AllocatorCandidates allocators, MasterSettings before,
            MasterSettings next) {
        master.reconfigure(next);
        // Allocator options (interval, minimums, ...) are given at initialize: only a fresh instance takes them.
        boolean fresh = !next.allocatorOptions().equals(before.allocatorOptions());
        if (!next.allocator().equals(before.allocator())) {
            allocators.want(next.allocator(), fresh); // overrides an operator's choice, as a new flag value would
        } else if (fresh) {
            allocators.refresh();
        }
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
        try {
            command.unregister();
        } catch (IllegalStateException alreadyGone) {
            // unregistered with the stopping bundle
        }
        allocators.detach();
        master.stop();
        hooks.shutdown();
    }

    @Reference(service = Allocator.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, scope = ReferenceScope.PROTOTYPE, unbind = "removeAllocator")
    void addAllocator(ComponentServiceObjects<Allocator> objects, Map<String, Object> properties) {
        allocators.add(AllocatorCandidate.of(objects, properties));
    }

    void removeAllocator(ComponentServiceObjects<Allocator> objects, Map<String, Object> properties) {
        allocators.remove(AllocatorCandidate.idOf(properties));
    }

    @Reference(service = MasterHook.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeHook")
    void addHook(ServiceReference<MasterHook> reference, MasterHook hook) {
        int ranking = reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
        Object name = reference.getProperty(Modules.NAME);
        Bundle bundle = reference.getBundle();
        String origin = bundle == null ? "an unknown bundle" : bundle.getSymbolicName() + " " + bundle.getVersion();
        hooks.add(hook, ranking, (Long) reference.getProperty(Constants.SERVICE_ID),
                name == null ? null : name.toString(), origin);
    }

    void removeHook(MasterHook hook) {
        hooks.remove(hook);
    }

    @Reference(service = MetricsSource.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeMetrics")
    void addMetrics(MetricsSource source) {
        metrics.add(source);
    }

    void removeMetrics(MetricsSource source) {
        metrics.remove(source);
    }

    @Reference(service = FlagsComponent.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeFlags")
    void addFlags(FlagsComponent component) {
        flags.source = component;
    }

    void removeFlags(FlagsComponent component) {
        if (flags.source == component) {
            flags.source = null;
        }
    }

    private void register(BundleContext context, String path, HttpEndpoint endpoint) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpEndpoint.PATH, path);
        endpoints.add(context.registerService(HttpEndpoint.class, endpoint, properties));
    }

    /** @throws IllegalArgumentException naming the key and the expected form */
    static MasterSettings settings(MasterConfig config) {
        return ConfigReader.settings(config);
    }
}
