package io.osmos.benchmarks.swap;

import com.google.protobuf.Message;
import io.osmos.api.resources.Resources;
import io.osmos.master.core.Master;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;

/**
 * Fills a master through its own entry points (SUBSCRIBE, agent REGISTER, ACCEPT with LAUNCH), with
 * in-memory streams for the peers: each framework launches {@code tasks / agents} tasks on every agent
 * it is offered while loading, and afterwards holds every offer it gets, so whatever an allocator offers
 * stays outstanding. Tasks stay staging (nobody runs them), which holds their resources as a running
 * task does.
 */
final class SimulatedCluster implements AutoCloseable {
    /** What Mesos's allocator benchmarks give each agent. */
    static final String AGENT_RESOURCES = "cpus:24;mem:4096;disk:4096;ports:[31000-32000]";
    static final String TASK_RESOURCES = "cpus:1;mem:128;disk:64";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    final Master master;
    final List<FrameworkID> frameworks = new CopyOnWriteArrayList<>();
    final List<AgentID> agents = new CopyOnWriteArrayList<>();
    private final Map<FrameworkID, String> streamIds = new ConcurrentHashMap<>();
    private final ExecutorService peers = Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-frameworks"));
    private final AtomicInteger launched = new AtomicInteger();
    private final AtomicInteger offersReceived = new AtomicInteger();
    private final int tasksPerAgent;
    private volatile boolean loading = true;

    private SimulatedCluster(Master master, int tasksPerAgent) {
        this.master = master;
        this.tasksPerAgent = tasksPerAgent;
    }

    /** Subscribes the frameworks, registers the agents and launches the tasks; the master's allocator must be
     * {@link LoadingAllocator}. */
    static SimulatedCluster build(Master master, int agentCount, int frameworkCount, int taskCount) {
        if (agentCount < 1 || frameworkCount < 1 || taskCount % agentCount != 0) {
            throw new IllegalArgumentException("Need agents >= 1, frameworks >= 1 and tasks a multiple of agents,"
                    + " got " + agentCount + ", " + frameworkCount + ", " + taskCount);
        }
        SimulatedCluster cluster = new SimulatedCluster(master, taskCount / agentCount);
        for (int i = 0; i < frameworkCount; i++) {
            cluster.subscribe("framework-" + i);
        }
        await("frameworks to subscribe", () -> cluster.frameworks.size(), frameworkCount);
        for (int i = 0; i < agentCount; i++) {
            cluster.register("agent-" + i);
        }
        await("agents to register", () -> cluster.agents.size(), agentCount);
        await("tasks to launch", cluster.launched::get, taskCount);
        cluster.loading = false;
        return cluster;
    }

    /** OFFERS events the frameworks have received so far. */
    int offersReceived() {
        return offersReceived.get();
    }

    private void subscribe(String name) {
        String streamId = UUID.randomUUID().toString();
        FrameworkInfo info = FrameworkInfo.newBuilder().setUser("bench").setName(name).build();
        master.subscribe(Call.Subscribe.newBuilder().setFrameworkInfo(info).build(),
                new MemoryStream(event -> peers.execute(() -> framework((Event) event, streamId))), streamId);
    }

    private void framework(Event event, String streamId) {
        if (event.getType() == Event.Type.SUBSCRIBED) {
            FrameworkID id = event.getSubscribed().getFrameworkId();
            streamIds.put(id, streamId);
            frameworks.add(id);
        } else if (event.getType() == Event.Type.OFFERS) {
            offersReceived.incrementAndGet();
            if (loading) {
                event.getOffers().getOffersList().forEach(this::launch);
            }
        }
    }

    private void launch(Offer offer) {
        Offer.Operation.Launch.Builder launch = Offer.Operation.Launch.newBuilder();
        for (int i = 0; i < tasksPerAgent; i++) {
            String id = offer.getAgentId().getValue() + "-" + i;
            launch.addTaskInfos(TaskInfo.newBuilder().setName(id).setTaskId(TaskID.newBuilder().setValue(id))
                    .setAgentId(offer.getAgentId()).addAllResources(Resources.parse(TASK_RESOURCES).toProtos())
                    .setCommand(CommandInfo.newBuilder().setValue("true")));
        }
        Call accept = Call.newBuilder().setType(Call.Type.ACCEPT).setFrameworkId(offer.getFrameworkId())
                .setAccept(Call.Accept.newBuilder().addOfferIds(offer.getId()).addOperations(Offer.Operation
                        .newBuilder().setType(Offer.Operation.Type.LAUNCH).setLaunch(launch))).build();
        master.schedulerCall(accept, streamIds.get(offer.getFrameworkId())).thenAccept(reply -> {
            if (reply.status() != 202) {
                System.err.println("ACCEPT answered " + reply.status() + ": " + reply.message());
            }
        });
    }

    private void register(String hostname) {
        AgentInfo info = AgentInfo.newBuilder().setHostname(hostname).setPort(5051)
                .addAllResources(Resources.parse(AGENT_RESOURCES).toProtos()).build();
        AgentCall.Register register = AgentCall.Register.newBuilder().setAgentInfo(info).setVersion("bench").build();
        master.registerAgent(register, new MemoryStream(this::agent), UUID.randomUUID().toString());
    }

    // Runs on the master's actor: only counting, nothing that waits.
    private void agent(Message message) {
        AgentEvent event = (AgentEvent) message;
        if (event.getType() == AgentEvent.Type.REGISTERED) {
            agents.add(event.getRegistered().getAgentId());
        } else if (event.getType() == AgentEvent.Type.RUN_TASK) {
            launched.incrementAndGet();
        }
    }

    /** Polls (bounded) until {@code value} reaches {@code wanted}. */
    static void await(String what, IntSupplier value, int wanted) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (value.getAsInt() < wanted) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for " + what + ": " + value.getAsInt() + " of "
                        + wanted);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    @Override
    public void close() throws InterruptedException {
        peers.shutdown();
        peers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
