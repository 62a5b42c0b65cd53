package io.osmos.agent;

import io.osmos.agent.config.AgentConfig;
import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.config.ContainerizerSettings;
import io.osmos.agent.config.FlagValues;
import io.osmos.agent.containerizer.Isolators;
import io.osmos.agent.containerizer.Stages;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.agent.master.MasterClient;
import io.osmos.api.Modules;
import io.osmos.api.hook.AgentHook;
import io.osmos.api.isolator.Isolator;
import io.osmos.runtime.http.HttpServer;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import io.osmos.runtime.metrics.MetricsSource;
import io.osmos.runtime.metrics.MetricsSources;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the agent while its configuration exists. It needs the process's HTTP server to know which
 * port to advertise. A configuration change restarts the agent; the tasks of frameworks that
 * checkpoint keep running and are recovered, the others are killed.
 */
@Component(service = {}, immediate = true, configurationPid = AgentConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AgentConfig.class)
public final class AgentComponent {
    private static final Logger LOG = LoggerFactory.getLogger(AgentComponent.class);
    /** The path a Mesos agent's endpoints live under: its libprocess id. */
    static final String MESOS_PREFIX = "/slave(1)";

    private final Isolators isolators = new Isolators();
    private final AgentHooks hooks = new AgentHooks();
    private final ProcessFlags.Holder flags = new ProcessFlags.Holder();
    private final MetricsSources metrics = new MetricsSources();
    private final MasterClient client;
    private final SandboxServices sandboxes;
    private final Agent agent;
    private final List<ServiceRegistration<HttpEndpoint>> endpoints = new ArrayList<>();

    @Activate
    public AgentComponent(@Reference HttpServer server, AgentConfig config, BundleContext context) {
        AgentSettings settings;
        try {
            settings = AgentSettings.from(config, server.address());
        } catch (IllegalArgumentException e) {
            LOG.error("The agent cannot start: {}", e.getMessage()); // one clear line before the framework's trace
            throw e;
        }
        hooks.order(ContainerizerSettings.list(config.hooks()));
        client = new MasterClient();
        sandboxes = new SandboxServices(settings);
        agent = new Agent(settings, context.getBundle().getVersion().toString(), client,
                sandboxes.parts(isolators, hooks));
        AgentSettings resolved = settings;
        agent.flags(() -> FlagValues.of(config, resolved, flags.values()));
        // Mesos agents answer /health with 200 and no body while they run.
        register(context, paths(settings, "/health"), exchange -> exchange.respond(200));
        agent.endpoints(metrics).forEach((path, endpoint) -> register(context, paths(settings, path), endpoint));
        register(context, sandboxes.files().servicePaths(), sandboxes.files());
        agent.start().whenComplete((ignored, failure) -> {
            if (failure != null) {
                LOG.error("The agent cannot start: {}", Stages.unwrap(failure).getMessage());
            }
        });
        LOG.info("Agent on {}:{} with resources {} looking for the master at {}", settings.hostname(),
                settings.port(), settings.resources(), settings.master());
    }

    /**
     * Where an endpoint is served: below http_prefix; with no prefix also below {@code /slave(1)}, as
     * a Mesos agent answers both, and Mesos executor libraries call {@code /slave(1)/api/v1/executor}.
     */
    static String[] paths(AgentSettings settings, String path) {
        return settings.httpPrefix().isEmpty() ? new String[] {path, MESOS_PREFIX + path}
                : new String[] {settings.httpPrefix() + path};
    }

    private void register(BundleContext context, String[] paths, HttpEndpoint endpoint) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpEndpoint.PATH, paths);
        endpoints.add(context.registerService(HttpEndpoint.class, endpoint, properties));
    }

    @Reference(service = Isolator.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindIsolator(Isolator isolator, Map<String, Object> properties) {
        isolators.add(String.valueOf(properties.getOrDefault(Modules.NAME, "")), isolator);
    }

    void unbindIsolator(Isolator isolator, Map<String, Object> properties) {
        isolators.remove(String.valueOf(properties.getOrDefault(Modules.NAME, "")), isolator);
    }

    @Reference(service = AgentHook.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindHook(ServiceReference<AgentHook> reference, AgentHook hook) {
        int ranking = reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
        Object name = reference.getProperty(Modules.NAME);
        Bundle bundle = reference.getBundle();
        String origin = bundle == null ? "an unknown bundle" : bundle.getSymbolicName() + " " + bundle.getVersion();
        hooks.add(hook, ranking, (Long) reference.getProperty(Constants.SERVICE_ID),
                name == null ? null : name.toString(), origin);
    }

    void unbindHook(AgentHook hook) {
        hooks.remove(hook);
    }

    @Reference(service = MetricsSource.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void bindMetrics(MetricsSource source) {
        metrics.add(source);
    }

    void unbindMetrics(MetricsSource source) {
        metrics.remove(source);
    }

    @Reference(service = ProcessFlags.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    void bindFlags(ProcessFlags component) {
        flags.source = component;
    }

    void unbindFlags(ProcessFlags component) {
        if (flags.source == component) {
            flags.source = null;
        }
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<HttpEndpoint> endpoint : endpoints) {
            try {
                endpoint.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregisters a stopping bundle's services itself
            }
        }
        try {
            agent.stop().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Stopping the agent did not finish cleanly: {}", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            client.close();
            sandboxes.close();
            hooks.close();
        }
    }
}
