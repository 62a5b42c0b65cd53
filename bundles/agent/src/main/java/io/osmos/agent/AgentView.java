package io.osmos.agent;

import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.containerizer.Containerizer;
import io.osmos.agent.executor.Executor;
import io.osmos.agent.executor.ExecutorRegistry;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.MasterInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A read-only look at the agent for its endpoints, valid only inside {@link Agent#read}: on the
 * agent's actor, while nothing changes.
 */
public final class AgentView {
    /** The Mesos release whose APIs the agent speaks; Mesos tools check it. */
    public static final String MESOS_VERSION = "1.11.0";

    private final AgentState state;
    private final AgentHost host;
    private final ExecutorRegistry executors;
    private final AgentSettings settings;
    private final String version;
    private final Instant started;
    private final Supplier<Map<String, String>> flags;
    private final AgentHistory history;
    private final Metrics metrics;
    private final Containerizer containerizer;

    /** Where the metrics come from: the agent's counters, its hooks' failures, its parts' own. */
    record Metrics(AgentMetrics agent, AgentHooks hooks, Supplier<Map<String, Double>> parts) {
    }

    AgentView(AgentState state, AgentHost host, ExecutorRegistry executors, AgentSettings settings, String version,
            Supplier<Map<String, String>> flags, AgentHistory history, Metrics metrics,
            Containerizer containerizer) {
        this.state = state;
        this.host = host;
        this.executors = executors;
        this.settings = settings;
        this.version = version;
        this.started = Instant.now();
        this.flags = flags;
        this.history = history;
        this.metrics = metrics;
        this.containerizer = containerizer;
    }

    /** The agent's info as the master knows it, with its id once registered. */
    public AgentInfo info() {
        return host.agentInfo();
    }

    public Optional<AgentID> id() {
        return Optional.ofNullable(state.agentId);
    }

    /** The agent's libprocess-style pid, e.g. {@code slave(1)@10.0.0.7:5051}. */
    public String pid() {
        String prefix = settings().httpPrefix();
        return (prefix.isEmpty() ? "slave(1)" : prefix.substring(1)) + "@"
                + settings().containerizer().executorEndpoint();
    }

    /** Osmos's own version (the agent bundle's). */
    public String osmosVersion() {
        return version;
    }

    /** Seconds since the epoch when this agent started. */
    public double startTime() {
        return started.toEpochMilli() / 1000.0;
    }

    /** The master this agent is registered with, once it is. */
    public Optional<MasterInfo> master() {
        return Optional.ofNullable(state.master);
    }

    public boolean registered() {
        return state.registered;
    }

    public AgentSettings settings() {
        return settings;
    }

    public Map<String, String> flags() {
        return flags.get();
    }

    public List<String> capabilities() {
        return AgentCalls.capabilities().stream().map(c -> c.getType().name()).toList();
    }

    /** Every executor the agent has, running or ended and waiting for acknowledgements. */
    public List<Executor> executors() {
        return executors.all();
    }

    /** Frameworks with executors here, in the order they came. */
    public Map<FrameworkID, FrameworkInfo> frameworks() {
        Map<FrameworkID, FrameworkInfo> frameworks = new LinkedHashMap<>();
        executors.all().forEach(e -> frameworks.putIfAbsent(e.frameworkId(),
                state.frameworks.getOrDefault(e.frameworkId(), e.framework())));
        return frameworks;
    }

    public AgentHistory history() {
        return history;
    }

    /** Every metric of the agent and of its parts (fetcher, garbage collection), by Mesos name. */
    public Map<String, Double> metrics() {
        Map<String, Double> all = new TreeMap<>(metrics.parts().get());
        all.putAll(metrics.agent().snapshot(executors, Resources.of(info().getResourcesList()), state.registered,
                uptimeSecs(), state.recoveryErrors, containerizer.launchErrors(), metrics.hooks()));
        return all;
    }

    public Containerizer containerizer() {
        return containerizer;
    }

    public Path workDir() {
        return settings.workDir();
    }

    /** Seconds since the agent started. */
    double uptimeSecs() {
        return (System.currentTimeMillis() - started.toEpochMilli()) / 1000.0;
    }
}
