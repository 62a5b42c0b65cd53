package io.osmos.agent;

import io.osmos.agent.config.AgentConfig;
import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.master.MasterClient;
import io.osmos.runtime.http.HttpServer;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the agent while its configuration exists. It needs the process's HTTP server to know which
 * port to advertise. A configuration change restarts the agent (and, until recovery exists, its tasks).
 */
@Component(service = {}, immediate = true, configurationPid = AgentConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AgentConfig.class)
public final class AgentComponent {
    private static final Logger LOG = LoggerFactory.getLogger(AgentComponent.class);

    private final MasterClient client;
    private final Agent agent;
    private final ServiceRegistration<HttpEndpoint> health;

    @Activate
    public AgentComponent(@Reference HttpServer server, AgentConfig config, BundleContext context) {
        AgentSettings settings;
        try {
            settings = AgentSettings.from(config, server.address().getPort());
        } catch (IllegalArgumentException e) {
            LOG.error("The agent cannot start: {}", e.getMessage()); // one clear line before the framework's trace
            throw e;
        }
        client = new MasterClient();
        agent = new Agent(settings, context.getBundle().getVersion().toString(), client);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpEndpoint.PATH, settings.httpPrefix() + "/health");
        // Mesos agents answer /health with 200 and no body while they run.
        health = context.registerService(HttpEndpoint.class, exchange -> exchange.respond(200), properties);
        agent.start();
        LOG.info("Agent on {}:{} with resources {} looking for the master at {}", settings.hostname(),
                settings.port(), settings.resources(), settings.master());
    }

    @Deactivate
    void deactivate() {
        try {
            health.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregisters a stopping bundle's services itself
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
        }
    }
}
