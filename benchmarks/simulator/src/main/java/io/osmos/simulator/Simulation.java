package io.osmos.simulator;

import io.osmos.master.core.MasterSettings;
import io.osmos.simulator.agent.AgentCounters;
import io.osmos.simulator.agent.AgentFleet;
import io.osmos.simulator.agent.AgentProcesses;
import io.osmos.simulator.framework.LaunchReport;
import io.osmos.simulator.master.MasterHost;
import io.osmos.simulator.probe.LaunchCpu;
import io.osmos.simulator.probe.HeapProbe;
import io.osmos.simulator.probe.Probes;
import io.osmos.simulator.wire.CallPool;
import io.osmos.simulator.wire.Wire;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One simulated cluster: a real master in this JVM, simulated agents here or in child processes,
 * and simulated frameworks here. {@link #start} brings the master up and registers the agents,
 * {@link #launch} subscribes the frameworks and waits for their tasks, {@link #measure} asks the
 * master what an operator would.
 */
public final class Simulation implements AutoCloseable {
    private final Options options;
    private final MasterHost master;
    private final Wire wire;
    private final CallPool calls;
    private final long baselineHeap;
    private LaunchRound measured;
    private Optional<LaunchReport> warmupReport = Optional.empty();
    private LaunchCpu.Spent warmupCpu = new LaunchCpu.Spent(Map.of(), Map.of(), Map.of());
    private AgentFleet fleet;
    private AgentProcesses processes;
    private LaunchCpu.Spent launchCpu = new LaunchCpu.Spent(Map.of(), Map.of(), Map.of());
    private int registered;
    private double registrationSeconds;

    private Simulation(Options options) {
        this.options = options;
        MasterSettings settings = MasterSettings.defaults();
        settings = new MasterSettings("localhost", options.duration("allocation_interval"), Optional.empty(),
                settings.heartbeatInterval(), settings.agentPingTimeout(), options.text("allocator"));
        master = new MasterHost(settings, options.text("allocator"), options.integer("port", 0));
        baselineHeap = HeapProbe.usedAfterGc();
        wire = new Wire(master.address(), options.integer("client_threads", 1));
        calls = new CallPool(wire, options.integer("call_connections", 1));
    }

    /** Starts the master and registers every agent; fails when an agent could not register. */
    public static Simulation start(Options options) throws Exception {
        Simulation simulation = new Simulation(options);
        try {
            simulation.registerAgents();
            return simulation;
        } catch (Exception | Error e) {
            simulation.close();
            throw e;
        }
    }

    private void registerAgents() throws Exception {
        int agents = options.integer("agents", 0);
        int children = options.integer("agent_processes", 0);
        Duration timeout = options.duration("duration");
        long start = System.nanoTime();
        if (children == 0) {
            fleet = new AgentFleet(wire, calls, agents, 0, options.text("agent_resources"), options.bool("task_starting"));
            registered = fleet.registerAll(options.integer("registration_concurrency", 1))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            processes = new AgentProcesses(children, agents, options.words("agent_jvm_options"), Map.of(
                    "master", "127.0.0.1:" + master.address().getPort(),
                    "agent_resources", options.text("agent_resources"),
                    "task_starting", options.text("task_starting"),
                    "client_threads", options.text("client_threads"),
                    "call_connections", options.text("call_connections"),
                    "registration_concurrency", options.text("registration_concurrency")));
            registered = processes.awaitRegistered(timeout);
        }
        registrationSeconds = (System.nanoTime() - start) / 1e9;
        if (registered != agents) {
            throw new IllegalStateException("Only " + registered + " of " + agents + " agents registered"
                    + (fleet != null ? ": " + fleet.counters().firstFailures() : "; see the agent processes' output"));
        }
    }

    /**
     * Runs the warm-up rounds, if asked ({@link WarmUp}); then subscribes the measured frameworks,
     * which launch at once, and waits until every task runs or failed, or {@code --duration} passes;
     * reports what was reached either way. CPU is counted for the measured round only.
     */
    public LaunchReport launch() throws Exception {
        Duration timeout = options.duration("duration");
        int warmup = options.integer("warmup_tasks", 0);
        if (warmup > 0) {
            WarmUp.Result result = new WarmUp(wire, calls, options, probes(),
                    processes == null ? List.of() : processes.pids()).run(warmup, timeout);
            warmupReport = Optional.of(result.report());
            warmupCpu = result.cpu();
            // so profiles of the run can be cut at the measured round
            System.out.println("Warm-up done at " + java.time.Instant.now() + "; measuring");
        }
        measured = new LaunchRound(wire, calls, options, "framework", options.integer("tasks", 0));
        LaunchCpu cpu = new LaunchCpu(processes == null ? List.of() : processes.pids());
        LaunchReport report = measured.run(timeout);
        launchCpu = cpu.finish();
        return report;
    }

    /**
     * Heap after full collection, the master's metrics and state read timings, at the current load,
     * in that order: the heap before anything else allocates.
     */
    public Measurements measure() {
        long loaded = HeapProbe.usedAfterGc();
        Probes probes = probes();
        Map<String, Double> metrics = probes.metrics();
        return new Measurements(baselineHeap, loaded, HeapProbe.max(), processes != null,
                probes.state(options.integer("state_runs", 0)), metrics);
    }

    public Probes probes() {
        return new Probes(master.address());
    }

    public InetSocketAddress masterAddress() {
        return master.address();
    }

    /** CPU nanoseconds of this JVM's thread pools during {@link #launch}, and "process" for all of it. */
    public LaunchCpu.Spent launchCpu() {
        return launchCpu;
    }

    /** The warm-up round's figures, when there was one. */
    public Optional<LaunchReport> warmupReport() {
        return warmupReport;
    }

    /** CPU nanoseconds of the warm-up round, as {@link #launchCpu}. */
    public LaunchCpu.Spent warmupCpu() {
        return warmupCpu;
    }

    public int registeredAgents() {
        return registered;
    }

    public double registrationSeconds() {
        return registrationSeconds;
    }

    /** Counters of the agents in this process; empty when they run in child processes. */
    public Optional<AgentCounters> agentCounters() {
        return Optional.ofNullable(fleet).map(AgentFleet::counters);
    }

    @Override
    public void close() {
        if (measured != null) {
            measured.close();
        }
        if (fleet != null) {
            fleet.close();
        }
        if (processes != null) {
            processes.close();
        }
        wire.close();
        master.close();
    }
}
