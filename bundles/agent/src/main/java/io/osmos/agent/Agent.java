package io.osmos.agent;

import io.osmos.agent.checkpoint.Checkpointer;
import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.containerizer.Containerizer;
import io.osmos.agent.containerizer.Containerizers;
import io.osmos.agent.executor.CommandTasks;
import io.osmos.agent.executor.CustomExecutors;
import io.osmos.agent.executor.DefaultExecutors;
import io.osmos.agent.executor.Executor;
import io.osmos.agent.executor.ExecutorCalls;
import io.osmos.agent.executor.ExecutorContext;
import io.osmos.agent.executor.ExecutorControl;
import io.osmos.agent.executor.ExecutorEnds;
import io.osmos.agent.executor.ExecutorObserver;
import io.osmos.agent.executor.ExecutorRecovery;
import io.osmos.agent.executor.ExecutorRegistry;
import io.osmos.agent.executor.api.ExecutorEndpoint;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.agent.http.AgentEndpoints;
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
import io.osmos.runtime.metrics.MetricsSources;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The agent: an actor that owns the agent's state (its id, frameworks, executors and tasks,
 * unacknowledged status updates) and reacts to the master's and the executors' messages one at a
 * time. Nothing here is touched from any other thread.
 */
public final class Agent implements MasterLink.Handler {
    private final Actor actor = Actors.spawn("agent");
    private final AgentSettings settings;
    private final String version;
    private final AgentState state = new AgentState();
    private final AgentHooks hooks;
    private final MasterLink link;
    private final StatusUpdateManager updates;
    private final Checkpointer checkpointer;
    private final Containerizer containerizer;
    private final ExecutorRegistry executors = new ExecutorRegistry();
    private final AgentHistory history = new AgentHistory(() -> state.agentId, executors);
    private final ExecutorContext context;
    private final ExecutorControl control;
    private final CustomExecutors custom;
    private final AgentEvents events;
    private final AgentRecovery recovery;
    private final Registration registration;
    private final AgentHost host;
    private final AgentView view;
    private final AgentParts parts;
    private volatile Supplier<Map<String, String>> flags = Map::of;

    public Agent(AgentSettings settings, String version, MasterClient client, AgentParts parts) {
        this.settings = settings;
        this.version = version;
        this.hooks = parts.hooks();
        hooks.budget(settings.hookTimeout());
        this.link = new MasterLink(actor, client, settings.master(),
                new Backoff(settings.registrationBackoffFactor(), Backoff.MAX, RandomGenerator.getDefault()), this);
        this.updates = new StatusUpdateManager(Timers.of(actor), settings.statusUpdateRetryMin(),
                settings.statusUpdateRetryMax(), update -> link.send(AgentCalls.statusUpdate(state.agentId, update)));
        this.checkpointer = new Checkpointer(settings.workDir());
        this.containerizer = Containerizers.create(actor, settings.workDir(), parts.isolators(),
                settings.containerizer(), parts.containerizers());
        AgentMetrics metrics = new AgentMetrics();
        this.host = new AgentHost(state, settings, hooks, updates, link, metrics);
        this.context = new ExecutorContext(actor, settings, containerizer, checkpointer, hooks, executors, host,
                parts.fetcher(), ExecutorObserver.all(parts.observer(), history));
        ExecutorEnds ends = new ExecutorEnds(context, updates);
        host.onTerminated(ends::terminated);
        CommandTasks command = new CommandTasks(context);
        this.custom = new CustomExecutors(context);
        DefaultExecutors group = new DefaultExecutors(context);
        this.control = new ExecutorControl(context, command, custom, group);
        this.registration = new Registration(state, checkpointer, host, link, updates, control,
                new Acknowledgements(updates, executors, custom, ends));
        this.events = new AgentEvents(registration, state, new Launches(state, host, hooks, updates, executors, command,
                custom, group), control, executors, updates);
        this.recovery = new AgentRecovery(actor, settings, state, checkpointer, containerizer, updates,
                new ExecutorRecovery(context, new ExecutorRecovery.Executors(command, custom, group)), context.observer());
        this.parts = parts;
        this.view = new AgentView(state, host, executors, settings, version, () -> flags.get(), history,
                new AgentView.Metrics(metrics, hooks, parts.metrics()), containerizer);
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

    /**
     * Reads the agent on its actor, e.g. for an endpoint; the view is valid only inside the reader.
     * Fails when the agent has stopped.
     */
    public <T> CompletableFuture<T> read(Function<AgentView, T> reader) {
        return actor.ask(() -> reader.apply(view));
    }

    /** Where {@code /flags} and GET_FLAGS get the flags from; they are read each time. */
    public void flags(Supplier<Map<String, String>> source) {
        flags = source;
    }

    /**
     * The agent's HTTP endpoints by path below its http_prefix: the executor API, the monitor,
     * {@code /state}, {@code /flags}, {@code /metrics/snapshot} and the operator API.
     */
    public Map<String, HttpEndpoint> endpoints(MetricsSources others) {
        MonitorEndpoint monitor = new MonitorEndpoint(actor, executors, containerizer);
        Map<String, HttpEndpoint> endpoints = new LinkedHashMap<>(AgentEndpoints.of(this, parts.io(), others));
        endpoints.put("/monitor/statistics", monitor);
        endpoints.put("/monitor/statistics.json", monitor);
        endpoints.put("/api/v1/executor", new ExecutorEndpoint(actor, new ExecutorCalls(context, custom)));
        return endpoints;
    }


    public ExecutorContext context() {
        return context;
    }

    @Override
    public AgentCall subscription() {
        return AgentReports.subscription(state, host.redecorate(), version, executors, updates);
    }

    @Override
    public void onEvent(AgentEvent event) {
        if (!state.shutDown) {
            events.handle(event);
        }
    }

    @Override
    public void onDisconnected(String reason) {
        registration.disconnected();
    }
}
