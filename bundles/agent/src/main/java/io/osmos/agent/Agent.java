package io.osmos.agent;

import io.osmos.agent.checkpoint.Checkpointer;
import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.containerizer.MesosContainerizer;
import io.osmos.agent.executor.CommandTasks;
import io.osmos.agent.executor.CustomExecutors;
import io.osmos.agent.executor.DefaultExecutors;
import io.osmos.agent.executor.Executor;
import io.osmos.agent.executor.ExecutorCalls;
import io.osmos.agent.executor.ExecutorContext;
import io.osmos.agent.executor.ExecutorControl;
import io.osmos.agent.executor.ExecutorEnds;
import io.osmos.agent.executor.ExecutorRecovery;
import io.osmos.agent.executor.ExecutorRegistry;
import io.osmos.agent.executor.api.ExecutorEndpoint;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.agent.master.Backoff;
import io.osmos.agent.master.MasterClient;
import io.osmos.agent.master.MasterLink;
import io.osmos.agent.monitor.MonitorEndpoint;
import io.osmos.agent.status.StatusUpdateManager;
import io.osmos.agent.status.Timers;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.actor.Actors;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent: an actor that owns the agent's state (its id, frameworks, executors and tasks,
 * unacknowledged status updates) and reacts to the master's and the executors' messages one at a
 * time. Nothing here is touched from any other thread.
 */
public final class Agent implements MasterLink.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);

    private final Actor actor = Actors.spawn("agent");
    private final AgentSettings settings;
    private final String version;
    private final AgentState state = new AgentState();
    private final AgentHooks hooks;
    private final MasterLink link;
    private final StatusUpdateManager updates;
    private final Checkpointer checkpointer;
    private final MesosContainerizer containerizer;
    private final ExecutorRegistry executors = new ExecutorRegistry();
    private final ExecutorContext context;
    private final ExecutorControl control;
    private final CustomExecutors custom;
    private final AgentEvents events;
    private final AgentRecovery recovery;
    private final Acknowledgements acknowledgements;

    public Agent(AgentSettings settings, String version, MasterClient client, AgentParts parts) {
        this.settings = settings;
        this.version = version;
        this.hooks = parts.hooks();
        this.link = new MasterLink(actor, client, settings.master(),
                new Backoff(settings.registrationBackoffFactor(), Backoff.MAX, RandomGenerator.getDefault()), this);
        this.updates = new StatusUpdateManager(Timers.of(actor), settings.statusUpdateRetryMin(),
                settings.statusUpdateRetryMax(), update -> link.send(AgentCalls.statusUpdate(state.agentId, update)));
        this.checkpointer = new Checkpointer(settings.workDir());
        this.containerizer = new MesosContainerizer(actor, settings.workDir(), parts.isolators(),
                settings.containerizer().isolation());
        AgentHost host = new AgentHost(state, settings, hooks, updates, link);
        this.context = new ExecutorContext(actor, settings, containerizer, checkpointer, hooks, executors, host,
                parts.fetcher(), parts.observer());
        ExecutorEnds ends = new ExecutorEnds(context, updates);
        host.onTerminated(ends::terminated);
        CommandTasks command = new CommandTasks(context);
        this.custom = new CustomExecutors(context);
        DefaultExecutors group = new DefaultExecutors(context);
        this.control = new ExecutorControl(context, command, custom, group);
        this.events = new AgentEvents(this, state, new Launches(state, host, hooks, updates, executors, command, custom,
                group), control, executors, updates);
        this.acknowledgements = new Acknowledgements(updates, executors, custom, ends);
        this.recovery = new AgentRecovery(actor, settings, state, checkpointer, containerizer, updates,
                new ExecutorRecovery(context, new ExecutorRecovery.Executors(command, custom, group)));
    }

    /**
     * Waits for the isolators --isolation names, recovers from the checkpoints, then looks for the
     * master. Fails, and the agent stays away from the master, when recovery fails.
     */
    public CompletableFuture<Void> start() {
        return AgentStart.start(actor, containerizer, recovery::recover, link::start);
    }

    /**
     * Leaves the master, kills the containers of frameworks that do not checkpoint and leaves the
     * others running for the next agent to recover, as a Mesos agent does; then stops the actor.
     */
    public CompletableFuture<Void> stop() {
        return actor.ask(() -> {
            link.stop();
            for (Executor executor : executors.all()) {
                if (!executor.checkpoint()) {
                    executor.containers().forEach(id -> containerizer.kill(id, Duration.ZERO));
                }
            }
            containerizer.abandonAll();
            // Executors that stay notice the agent is gone and subscribe to the next one.
            executors.dropConnections();
            return (Void) null;
        }).whenComplete((ignored, failure) -> actor.stop());
    }

    /** Stops dead, as if the agent's process had been killed: no cleanup, no kill, no goodbye. */
    void halt() {
        actor.ask(() -> {
            executors.dropConnections();
            return null;
        }).orTimeout(5, TimeUnit.SECONDS).exceptionally(failure -> null).join();
        actor.stop();
    }

    /** The id the master gave this agent, once registered. */
    public CompletableFuture<Optional<AgentID>> agentId() {
        return actor.ask(() -> Optional.ofNullable(state.agentId));
    }

    /** The tasks on this agent as the master would record them (for tests and operators). */
    public CompletableFuture<List<Task>> tasks() {
        return actor.ask(() -> AgentReports.tasks(state, executors, updates));
    }

    /** The agent's HTTP endpoints by path below its http_prefix: the executor API and the monitor. */
    public Map<String, HttpEndpoint> endpoints() {
        MonitorEndpoint monitor = new MonitorEndpoint(actor, executors, containerizer);
        return Map.of("/monitor/statistics", monitor, "/monitor/statistics.json", monitor,
                "/api/v1/executor", new ExecutorEndpoint(actor, new ExecutorCalls(context, custom)));
    }

    public ExecutorContext context() {
        return context;
    }

    public CustomExecutors customExecutors() {
        return custom;
    }

    @Override
    public AgentCall subscription() {
        return AgentReports.subscription(state, settings, version, hooks, executors, updates);
    }

    @Override
    public void onEvent(AgentEvent event) {
        if (!state.shutDown) {
            events.handle(event);
        }
    }

    @Override
    public void onDisconnected(String reason) {
        updates.pause();
    }

    /** REGISTERED or REREGISTERED: remember (and checkpoint) the id and deliver what waited for the master. */
    void registered(AgentID id, double heartbeatIntervalSeconds, boolean reregistered) {
        if (state.agentId != null && !state.agentId.equals(id)) {
            LOG.warn("The master changed this agent's id from {} to {}", state.agentId.getValue(), id.getValue());
        }
        state.agentId = id;
        checkpointer.agent(AgentCalls.agentInfo(settings, id, hooks));
        LOG.info("{} with the master as agent {}", reregistered ? "Reregistered" : "Registered", id.getValue());
        link.registered(heartbeatIntervalSeconds);
        updates.resume();
    }

    void acknowledge(AgentEvent.AcknowledgeStatus ack) {
        acknowledgements.acknowledge(ack);
    }

    void pong() {
        link.send(AgentCalls.pong(state.agentId));
    }

    /** The master will not take this agent back: kill everything and stop talking to it. */
    void shutdown(String message) {
        LOG.warn("The master shut this agent down{}", message.isEmpty() ? "" : ": " + message);
        state.shutDown = true;
        link.stop();
        control.shutdownAll();
    }
}
