package io.osmos.benchmarks.allocator;

import io.osmos.allocator.drf.DrfAllocator;
import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Mesos's "DeclineOffers" allocator benchmark as a cluster the benchmarks drive: every agent has
 * {@code cpus:24;mem:4096;disk:4096;ports:[31000-32000]}, of which {@code cpus:16;mem:2014;disk:1024}
 * and 16 ports are used by framework {@code i mod F}, all in role "*"; after each allocation every
 * framework declines everything it was offered with a filter that never lapses.
 */
final class DeclineOffersCluster implements AutoCloseable {
    static final Resources AGENT = Resources.parse("cpus:24;mem:4096;disk:4096;ports:[31000-32000]");
    static final Resources USED = used();
    private static final Filters FOREVER = Filters.newBuilder().setRefuseSeconds(Integer.MAX_VALUE).build();

    private record Offered(FrameworkID frameworkId, AgentID agentId, Resources resources) {
    }

    final DrfAllocator allocator = new DrfAllocator();
    final List<FrameworkID> frameworks = new ArrayList<>();
    private final ConcurrentLinkedQueue<Offered> offers = new ConcurrentLinkedQueue<>();
    private int agents;

    /** An allocator whose periodic run never fires during a benchmark: the benchmark runs it. */
    DeclineOffersCluster() {
        allocator.initialize(AllocatorOptions.builder()
                        .allocationInterval(Duration.ofHours(1))
                        .minAllocatableResources(List.of(Resources.parse("cpus:0.01"), Resources.parse("mem:32")))
                        .build(),
                (frameworkId, byRole) -> byRole.values().forEach(byAgent -> byAgent.forEach(
                        (agentId, resources) -> offers.add(new Offered(frameworkId, agentId, resources)))));
    }

    void addFrameworks(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            FrameworkID id = FrameworkID.newBuilder().setValue("framework-" + i).build();
            frameworks.add(id);
            allocator.addFramework(id, FrameworkInfo.newBuilder().setUser("bench").setName("framework-" + i)
                    .addRoles("*").addCapabilities(Capability.newBuilder().setType(Capability.Type.MULTI_ROLE))
                    .build(), Map.of(), true, Set.of());
        }
        settle();
    }

    /** Adds agents, each with its share used by the next framework in turn; does not wait. */
    void addAgents(int count) {
        for (int i = 0; i < count; i++, agents++) {
            AgentID id = AgentID.newBuilder().setValue("agent-" + agents).build();
            allocator.addAgent(id, AgentInfo.newBuilder().setHostname("agent-" + agents).build(), AGENT,
                    Map.of(frameworks.get(agents % frameworks.size()), USED));
        }
    }

    /** Every agent re-registers unchanged, as after a network partition healed; does not wait. */
    void reregisterAgents() {
        for (int i = 0; i < agents; i++) {
            allocator.updateAgent(AgentID.newBuilder().setValue("agent-" + i).build(),
                    AgentInfo.newBuilder().setHostname("agent-" + i).build(), AGENT);
        }
    }

    /** Every framework declines, for good, everything it was offered so far. */
    int declineAll() throws Exception {
        int declined = 0;
        for (Offered offer; (offer = offers.poll()) != null; declined++) {
            allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(), Optional.of(FOREVER),
                    false);
        }
        settle();
        return declined;
    }

    /** One allocation run; returns how many offers it made. */
    int allocate() throws Exception {
        allocator.allocateNow().get(10, TimeUnit.MINUTES);
        return offers.size();
    }

    /**
     * Allocates and declines until a run offers nothing: every framework has refused every agent.
     * Returns the rounds it took and the time the allocation runs took, in milliseconds, as Mesos
     * reports them (the declines in between are not counted).
     */
    DeclinePhase declineEverything() throws Exception {
        int rounds = 0;
        long total = 0;
        long longest = 0;
        while (true) {
            long start = System.nanoTime();
            int offered = allocate();
            long took = System.nanoTime() - start;
            if (offered == 0) {
                break;
            }
            total += took;
            longest = Math.max(longest, took);
            declineAll();
            rounds++;
        }
        return new DeclinePhase(rounds, rounds == 0 ? 0 : total / 1e6 / rounds, longest / 1e6);
    }

    /** The rounds it took until everything was declined, and how long their allocation runs took. */
    record DeclinePhase(int rounds, double meanRoundMillis, double longestRoundMillis) {
    }

    void settle() throws Exception {
        allocator.settled().get(10, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        allocator.deactivate();
    }

    // Sixteen single ports spread over the range, as Mesos fragments it for the benchmark's tasks.
    private static Resources used() {
        StringBuilder ports = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            long port = 31000 + i * 62L;
            ports.append(i == 0 ? "" : ",").append(port).append('-').append(port);
        }
        return Resources.parse("cpus:16;mem:2014;disk:1024;ports:[" + ports + "]").allocate("*");
    }
}
