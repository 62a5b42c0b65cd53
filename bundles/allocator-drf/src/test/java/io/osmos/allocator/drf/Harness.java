package io.osmos.allocator.drf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.allocator.AllocatorOptionsBuilder;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A hierarchical allocator wired to a recording callback and a manual clock, with Mesos-shaped
 * fixtures. There is no periodic run: allocation happens in the runs events trigger and when a test
 * calls {@link #allocate()}, always in the order the events were sent, so every scenario replays exactly.
 */
final class Harness implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    /** The allocation interval of these tests: the one Mesos defaults to. */
    static final Duration INTERVAL = Duration.ofSeconds(1);

    final ManualClock clock = new ManualClock();
    final RecordingCallback callback = new RecordingCallback();
    final DrfAllocator allocator;

    Harness() {
        this(options().build());
    }

    Harness(AllocatorOptions options) {
        this(options, 42);
    }

    Harness(AllocatorOptions options, long seed) {
        allocator = new DrfAllocator(clock, new Random(seed), true);
        allocator.initialize(options, callback);
    }

    /** Mesos's flag defaults: a one-second interval and a minimum offer of cpus:0.01 or mem:32. */
    static AllocatorOptionsBuilder options() {
        return AllocatorOptions.builder()
                .allocationInterval(INTERVAL)
                .minAllocatableResources(List.of(Resources.parse("cpus:0.01"), Resources.parse("mem:32")));
    }

    static FrameworkID frameworkId(String id) {
        return FrameworkID.newBuilder().setValue(id).build();
    }

    static AgentID agentId(String id) {
        return AgentID.newBuilder().setValue(id).build();
    }

    static FrameworkInfo multiRole(String name, String... roles) {
        return FrameworkInfo.newBuilder().setUser("root").setName(name).addAllRoles(Arrays.asList(roles))
                .addCapabilities(Capability.newBuilder().setType(Capability.Type.MULTI_ROLE))
                .build();
    }

    static FrameworkInfo withCapabilities(FrameworkInfo info, Capability.Type... types) {
        FrameworkInfo.Builder builder = info.toBuilder();
        for (Capability.Type type : types) {
            builder.addCapabilities(Capability.newBuilder().setType(type));
        }
        return builder.build();
    }

    static Filters refuse(double seconds) {
        return Filters.newBuilder().setRefuseSeconds(seconds).build();
    }

    /** A quota config from Mesos resource text, e.g. {@code quota("web", "cpus:2;mem:1024", "")}. */
    static QuotaConfig quota(String role, String guarantees, String limits) {
        QuotaConfig.Builder builder = QuotaConfig.newBuilder().setRole(role);
        scalars(guarantees).forEach((name, value) -> builder.putGuarantees(name, scalar(value)));
        scalars(limits).forEach((name, value) -> builder.putLimits(name, scalar(value)));
        return builder.build();
    }

    void addFramework(String id, String... roles) {
        allocator.addFramework(frameworkId(id), multiRole(id, roles), Map.of(), true, Set.of());
    }

    void addFramework(String id, FrameworkInfo info) {
        allocator.addFramework(frameworkId(id), info, Map.of(), true, Set.of());
    }

    void addAgent(String id, String resources) {
        addAgent(id, resources, Map.of());
    }

    void addAgent(String id, String resources, Map<FrameworkID, Resources> used) {
        AgentInfo info = AgentInfo.newBuilder().setHostname(id + ".example").build();
        allocator.addAgent(agentId(id), info, Resources.parse(resources), used);
    }

    void decline(RecordingCallback.Offered offer, double refuseSeconds) {
        allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(),
                Optional.of(refuse(refuseSeconds)), false);
    }

    /** Gives an offer back without a filter, as a rescind or a finished task does. */
    void recover(RecordingCallback.Offered offer) {
        allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(), Optional.empty(), true);
    }

    /** Runs the policy after every event sent so far; returns what it and the runs before it offered. */
    List<RecordingCallback.Offered> allocate() throws Exception {
        allocator.allocateNow().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return callback.drain();
    }

    /** The single offer the next run makes, failing if it makes none or several. */
    RecordingCallback.Offered allocateOne() throws Exception {
        List<RecordingCallback.Offered> offers = allocate();
        assertEquals(1, offers.size(), "exactly one offer expected, got " + offers);
        return offers.get(0);
    }

    /** From now on every run visits every agent in full, skipping none as quiet. */
    void visitEveryAgent() {
        allocator.mailbox().dispatch(p -> p.thorough = true);
    }

    Map<String, Number> metrics() throws Exception {
        allocator.allocateNow().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return allocator.metrics();
    }

    void assertInvariants() throws Exception {
        assertEquals(List.of(), allocator.mailbox().ask(p -> Invariants.violations(p.cluster))
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void close() {
        allocator.deactivate();
    }

    // Parsed by hand: Resources would drop the zero amounts a limit may well have.
    private static Map<String, Double> scalars(String text) {
        Map<String, Double> scalars = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                String[] nameAndValue = part.split(":");
                scalars.put(nameAndValue[0].trim(), Double.parseDouble(nameAndValue[1].trim()));
            }
        }
        return scalars;
    }

    private static Value.Scalar scalar(double value) {
        return Value.Scalar.newBuilder().setValue(value).build();
    }
}
