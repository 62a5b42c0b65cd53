package io.osmos.simulator.agent;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.simulator.wire.CallPool;
import io.osmos.simulator.wire.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Many simulated agents in this process, registered a bounded number at a time. */
public final class AgentFleet implements AutoCloseable {
    private final AgentCounters counters = new AgentCounters();
    private final List<SimulatedAgent> agents = new ArrayList<>();
    private final ScheduledFuture<?> resender;

    /**
     * @param first number of the first agent, so agents of several processes get distinct hostnames
     * @param resources each agent's resources in Mesos text form, e.g. {@code cpus:8;mem:16384}
     */
    public AgentFleet(Wire wire, CallPool calls, int count, int first, String resources, boolean taskStarting) {
        AgentContext context = new AgentContext(wire, calls, counters, taskStarting);
        AgentInfo.Builder info = AgentInfo.newBuilder().setPort(5051)
                .addAllResources(Resources.parse(resources).toProtos());
        List<EventLoop> loops = wire.loops();
        for (int i = 0; i < count; i++) {
            String hostname = String.format("agent-%05d", first + i);
            agents.add(new SimulatedAgent(context, info.setHostname(hostname).build(), loops.get(i % loops.size())));
        }
        resender = loops.get(0).scheduleAtFixedRate(this::resend, 5, 5, TimeUnit.SECONDS);
    }

    /**
     * Registers every agent, at most {@code concurrency} at a time so the master's accept queue is
     * not flooded; completes with how many registered once every attempt has ended.
     */
    public CompletableFuture<Integer> registerAll(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("registration concurrency must be at least 1, got " + concurrency);
        }
        CompletableFuture<Integer> all = new CompletableFuture<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        if (agents.isEmpty()) {
            all.complete(0);
        }
        for (int i = 0; i < Math.min(concurrency, agents.size()); i++) {
            registerNext(next, ended, all);
        }
        return all;
    }

    private void registerNext(AtomicInteger next, AtomicInteger ended, CompletableFuture<Integer> all) {
        int index = next.getAndIncrement();
        if (index >= agents.size()) {
            return;
        }
        agents.get(index).register().whenComplete((id, error) -> {
            if (ended.incrementAndGet() == agents.size()) {
                all.complete(counters.registered());
            }
            registerNext(next, ended, all);
        });
    }

    public AgentCounters counters() {
        return counters;
    }

    public int size() {
        return agents.size();
    }

    private void resend() {
        for (SimulatedAgent agent : agents) {
            agent.loop().execute(agent::resendDue);
        }
    }

    @Override
    public void close() {
        resender.cancel(false);
        for (SimulatedAgent agent : agents) {
            agent.loop().execute(agent::close);
        }
    }
}
