package io.osmos.master.core;

import io.osmos.api.allocator.Allocator;
import io.osmos.master.state.Agents;
import io.osmos.master.state.Frameworks;
import io.osmos.master.state.Offers;
import io.osmos.master.state.RoleConfig;
import io.osmos.master.state.SharedResources;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.MasterInfo;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.actor.Actors;
import io.osmos.runtime.http.EventStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Mesos master: one actor owning all state (frameworks, agents, tasks, outstanding offers). The
 * public methods are what endpoints and the component call from their own threads; each only hands a
 * message to the actor, and answers come back as futures completed there. The work itself is split
 * by concern into the package's handler classes, which share this object's state on the actor.
 */
public final class Master {
    private static final Logger LOG = LoggerFactory.getLogger(Master.class);

    final Actor actor = Actors.spawn("master");
    final MasterInfo info;
    final Ids ids;
    final long startMillis = System.currentTimeMillis();
    final Frameworks frameworks = new Frameworks();
    final Agents agents = new Agents();
    final Offers offers = new Offers();
    final SharedResources shared = new SharedResources();
    final RoleConfig roles = new RoleConfig();
    final Counters counters = new Counters();
    final Verbosity verbosity = new Verbosity();
    final MasterHooks hooks;
    final Offering offering = new Offering(this);
    final AllocatorSlot allocator = new AllocatorSlot(actor, offering::allocated);
    final TaskUpdates tasks = new TaskUpdates(this);
    final Launches launches = new Launches(this);
    final OperationFeedback operations = new OperationFeedback(this);
    final OfferOperations offerOperations = new OfferOperations(this);
    final Acceptance acceptance = new Acceptance(this);
    final Reconciliation reconciliation = new Reconciliation(this);
    final Subscriptions subscriptions = new Subscriptions(this);
    final FrameworkUpdates frameworkUpdates = new FrameworkUpdates(this);
    final SchedulerCalls schedulerCalls = new SchedulerCalls(this);
    final AgentHealth agentHealth = new AgentHealth(this);
    final AgentRemoval agentRemoval = new AgentRemoval(this);
    final AgentRegistry agentRegistry = new AgentRegistry(this);
    final AgentCalls agentCalls = new AgentCalls(this);
    final OperatorStreams operatorStreams = new OperatorStreams(this);
    final OperatorCalls operatorCalls = new OperatorCalls(this);
    private final MasterView view = new MasterView(this);
    private volatile MasterSettings settings;
    volatile Supplier<Map<String, String>> flags = Map::of;

    /** @param listening where the HTTP server listens, which is what frameworks and agents are told */
    public Master(MasterSettings settings, InetSocketAddress listening) {
        this(settings, listening, new MasterHooks());
    }

    /** @param hooks the hook whiteboard, which may be filled before and while the master runs */
    public Master(MasterSettings settings, InetSocketAddress listening, MasterHooks hooks) {
        this.settings = settings;
        this.hooks = hooks;
        hooks.configure(settings.hooks(), settings.hookTimeout());
        String id = UUID.randomUUID().toString();
        this.info = MasterInfos.of(id, settings.hostname(), listening);
        this.ids = new Ids(id);
        LOG.info("Master {} is up at {} ({})", id, info.getPid(), info.getHostname());
    }

    public MasterInfo info() {
        return info;
    }

    public MasterSettings settings() {
        return settings;
    }

    public MasterHooks hooks() {
        return hooks;
    }

    /** A framework's SUBSCRIBE, whose 200 stream (with its Mesos-Stream-Id) the endpoint opened. */
    public void subscribe(Call.Subscribe subscribe, EventStream stream, String streamId) {
        actor.tell(() -> subscriptions.subscribe(subscribe, stream, streamId));
    }

    /** Any other scheduler call, with the Mesos-Stream-Id header it carried (or null). */
    public CompletableFuture<Reply> schedulerCall(Call call, String streamId) {
        return actor.ask(() -> schedulerCalls.handle(call, streamId));
    }

    public void registerAgent(AgentCall.Register register, EventStream stream, String streamId) {
        actor.tell(() -> agentRegistry.register(register, stream, streamId));
    }

    public void reregisterAgent(AgentCall.Reregister reregister, EventStream stream, String streamId) {
        actor.tell(() -> agentRegistry.reregister(reregister, stream, streamId));
    }

    /** Any agent call but REGISTER and REREGISTER, with the Mesos-Stream-Id header (or null). */
    public CompletableFuture<Reply> agentCall(AgentCall call, String streamId) {
        return actor.ask(() -> agentCalls.handle(call, streamId));
    }

    /** An operator's SUBSCRIBE, whose 200 stream the endpoint opened. */
    public void subscribeOperator(EventStream stream, String streamId) {
        actor.tell(() -> operatorStreams.subscribe(stream, streamId, view));
    }

    /** An operator call that changes something: weights, quota, reservations, agents, teardown, verbosity. */
    public CompletableFuture<Reply> operatorCall(io.osmos.protocol.v1.master.Protos.Call call) {
        return actor.askAsync(() -> operatorCalls.handle(call));
    }

    /** Reads the state on the actor, so the reader sees one consistent moment. */
    public <T> CompletableFuture<T> read(Function<MasterView, T> reader) {
        return actor.ask(() -> reader.apply(view));
    }

    /** The allocator's own metrics; safe from any thread. */
    public Map<String, Number> allocatorMetrics() {
        return allocator.metrics();
    }

    /** Where GET_FLAGS and /flags read the process's effective flags (PID io.osmos.flags) from. */
    public void flags(Supplier<Map<String, String>> source) {
        flags = source;
    }

    /**
     * Swaps in {@code allocator}, seeded from the master's state; if it fails to start the previous one
     * stays and the hand-over says why. {@code release} gives it back once unused; called exactly once.
     */
    public CompletableFuture<Handover> swapAllocator(String name, Allocator allocator, Runnable release) {
        return swapAllocator(name, allocator, release, null);
    }

    /** {@link #swapAllocator}; {@code origin} ("bundle-symbolic-name version", or null) names the plugin in the log. */
    public CompletableFuture<Handover> swapAllocator(String name, Allocator allocator, Runnable release,
            String origin) {
        return actor.ask(() -> this.allocator.install(name, allocator, release, origin,
                settings.allocatorOptions(),
                a -> AllocatorSeed.seed(this, a)));
    }

    /** Who replaces the allocator in use when it throws; without one it stays in use. */
    public void allocatorFallback(AllocatorFallback fallback) {
        allocator.fallback(fallback);
    }

    /** {@link #swapAllocator}, completing with whether the new allocator is in use. */
    public CompletableFuture<Boolean> installAllocator(String name, Allocator allocator, Runnable release) {
        return swapAllocator(name, allocator, release).thenApply(Handover::installed);
    }

    /** The allocator instance's service is going away; the master stops using it. */
    public void dropAllocator(Allocator instance) {
        actor.tell(() -> allocator.drop(instance));
    }

    /** Settings that apply from now on (offer timeout, heartbeats, pings, hooks, rate limit). */
    public void reconfigure(MasterSettings next) {
        hooks.configure(next.hooks(), next.hookTimeout());
        actor.tell(() -> settings = next);
    }

    /** False once {@link #stop} has begun: calls then fail. */
    public boolean running() {
        return !actor.isStopped();
    }

    /** Closes every stream and stops the actor; waits a few seconds at most. Idempotent. */
    public void stop() {
        if (actor.isStopped()) {
            return;
        }
        try {
            actor.ask(() -> {
                subscriptions.closeAll();
                agentRegistry.closeAll();
                operatorStreams.closeAll();
                allocator.close();
                return null;
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Master {} did not close its connections cleanly: {}", info.getId(), e.toString());
        } finally {
            actor.stop();
        }
    }

    long now() {
        return System.currentTimeMillis();
    }
}
