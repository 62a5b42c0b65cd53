package io.osmos.agent;

import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.executor.CommandExecutor;
import io.osmos.agent.executor.CommandTask;
import io.osmos.agent.executor.TaskKey;
import io.osmos.agent.master.Backoff;
import io.osmos.agent.master.MasterClient;
import io.osmos.agent.master.MasterLink;
import io.osmos.agent.status.StatusUpdateManager;
import io.osmos.agent.status.Timers;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.actor.Actors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent: an actor that owns the agent's state (its id, frameworks, tasks, unacknowledged status
 * updates) and reacts to the master's events one at a time. Nothing here is touched from any other
 * thread.
 */
public final class Agent implements MasterLink.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);

    private final Actor actor = Actors.spawn("agent");
    private final AgentSettings settings;
    private final String version;
    private final MasterLink link;
    private final StatusUpdateManager updates;
    private final CommandExecutor executor;
    private final AgentEvents events;
    // Frameworks of tasks this agent was asked to run, for their capabilities and for REREGISTER.
    final Map<FrameworkID, FrameworkInfo> frameworks = new LinkedHashMap<>();
    private AgentID agentId;
    private boolean shutDown;

    public Agent(AgentSettings settings, String version, MasterClient client) {
        this.settings = settings;
        this.version = version;
        this.link = new MasterLink(actor, client, settings.master(),
                new Backoff(settings.registrationBackoffFactor(), Backoff.MAX, RandomGenerator.getDefault()), this);
        this.updates = new StatusUpdateManager(Timers.of(actor), settings.statusUpdateRetryMin(), settings.statusUpdateRetryMax(),
                update -> link.send(AgentCalls.statusUpdate(agentId, update)));
        this.executor = new CommandExecutor(actor, settings.workDir(), settings.taskKillGracePeriod(),
                updates::update);
        this.events = new AgentEvents(this, executor, updates);
    }

    /** Starts looking for the master. */
    public void start() {
        actor.tell(link::start);
    }

    /**
     * Leaves the master and SIGKILLs every task (tasks cannot outlive the agent until recovery exists),
     * then stops the actor. Completes once the signals are sent.
     */
    public CompletableFuture<Void> stop() {
        return actor.ask(() -> {
            link.stop();
            executor.destroyAll();
            return (Void) null;
        }).whenComplete((ignored, failure) -> actor.stop());
    }

    /** The id the master gave this agent, once registered. */
    public CompletableFuture<Optional<AgentID>> agentId() {
        return actor.ask(() -> Optional.ofNullable(agentId));
    }

    /** The tasks on this agent as the master would record them (for tests and operators). */
    public CompletableFuture<List<Task>> tasks() {
        return actor.ask(this::taskRecords);
    }

    @Override
    public AgentCall subscription() {
        if (agentId == null) {
            return AgentCalls.register(settings, version);
        }
        List<Task> tasks = taskRecords();
        List<FrameworkInfo> known = new ArrayList<>();
        tasks.stream().map(Task::getFrameworkId).distinct().map(frameworks::get)
                .filter(f -> f != null).forEach(known::add);
        return AgentCalls.reregister(settings, version, agentId, tasks, known);
    }

    @Override
    public void onEvent(AgentEvent event) {
        if (shutDown) {
            return;
        }
        events.handle(event);
    }

    @Override
    public void onDisconnected(String reason) {
        updates.pause();
    }

    /** REGISTERED or REREGISTERED: remember the id and deliver what waited for the master. */
    void registered(AgentID id, double heartbeatIntervalSeconds, boolean reregistered) {
        if (agentId != null && !agentId.equals(id)) {
            LOG.warn("The master changed this agent's id from {} to {}", agentId.getValue(), id.getValue());
        }
        agentId = id;
        LOG.info("{} with the master as agent {}", reregistered ? "Reregistered" : "Registered", id.getValue());
        link.registered(heartbeatIntervalSeconds);
        updates.resume();
    }

    void pong() {
        link.send(AgentCalls.pong(agentId));
    }

    /** The master will not take this agent back: kill everything and stop talking to it. */
    void shutdown(String message) {
        LOG.warn("The master shut this agent down{}", message.isEmpty() ? "" : ": " + message);
        shutDown = true;
        link.stop();
        executor.shutdownAll(settings.executorShutdownGracePeriod());
    }

    AgentID id() {
        return agentId;
    }

    AgentSettings settings() {
        return settings;
    }

    // Non-terminal tasks, and terminal ones whose last update still waits for its acknowledgement.
    private List<Task> taskRecords() {
        List<Task> records = new ArrayList<>();
        for (CommandTask task : executor.tasks()) {
            TaskKey key = task.key();
            if (!task.isTerminal() || updates.hasPending(key.frameworkId(), key.taskId())) {
                records.add(task.toTask(updates.unacknowledged(key.frameworkId(), key.taskId())));
            }
        }
        return records;
    }
}
