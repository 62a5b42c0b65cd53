package io.osmos.simulator;

import io.osmos.simulator.agent.AgentFleet;
import io.osmos.simulator.agent.AgentProcesses;
import io.osmos.simulator.wire.CallPool;
import io.osmos.simulator.wire.Wire;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** {@code --role=agents}: a child process of simulated agents against {@code --master=host:port}. */
final class AgentsRole {
    private AgentsRole() {
    }

    static void run(Options options) throws Exception {
        InetSocketAddress master = address(options.text("master"));
        try (Wire wire = new Wire(master, options.integer("client_threads", 1))) {
            CallPool calls = new CallPool(wire, options.integer("call_connections", 1));
            AgentFleet fleet = new AgentFleet(wire, calls, options.integer("agents", 0),
                    options.integer("first_agent", 0), options.text("agent_resources"), options.bool("task_starting"));
            int registered = fleet.registerAll(options.integer("registration_concurrency", 1))
                    .get(options.duration("duration").toMillis(), TimeUnit.MILLISECONDS);
            System.out.println(AgentProcesses.REGISTERED + registered + " of " + fleet.size()
                    + (registered == fleet.size() ? "" : ": " + fleet.counters().firstFailures()));
            System.out.flush();
            waitForEndOfInput();
            System.out.println("agents done: " + fleet.counters());
            fleet.close();
        }
    }

    /** The parent closes our standard input to stop us (it also ends when the parent dies). */
    private static void waitForEndOfInput() throws IOException {
        while (System.in.read() >= 0) {
            // nothing is ever sent; only the end matters
        }
    }

    private static InetSocketAddress address(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--master must be host:port for --role=agents, got '" + text + "'");
        }
        try {
            return new InetSocketAddress(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--master must be host:port for --role=agents, got '" + text + "'", e);
        }
    }
}
