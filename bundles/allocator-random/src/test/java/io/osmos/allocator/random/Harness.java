package io.osmos.allocator.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** A random allocator wired to a recording callback and a manual clock, plus Mesos-shaped fixtures. */
final class Harness implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    /** Long enough that the periodic run never fires during a test unless a test asks for it. */
    static final Duration NO_TIMER = Duration.ofHours(1);

    final ManualClock clock = new ManualClock();
    final RecordingCallback callback = new RecordingCallback();
    final RandomAllocator allocator;

    Harness(long seed) {
        this(seed, options(NO_TIMER));
    }

    Harness(long seed, AllocatorOptions options) {
        allocator = new RandomAllocator(clock, new Random(seed));
        allocator.initialize(options, callback);
    }

    /** Mesos's flag defaults, with the given allocation interval. */
    static AllocatorOptions options(Duration interval) {
        return AllocatorOptions.builder()
                .allocationInterval(interval)
                .minAllocatableResources(List.of(Resources.parse("cpus:0.01"), Resources.parse("mem:32")))
                .build();
    }

    static FrameworkID frameworkId(String id) {
        return FrameworkID.newBuilder().setValue(id).build();
    }

    static AgentID agentId(String id) {
        return AgentID.newBuilder().setValue(id).build();
    }

    /** A MULTI_ROLE framework in the given roles. */
    static FrameworkInfo multiRole(String name, String... roles) {
        return FrameworkInfo.newBuilder().setUser("root").setName(name).addAllRoles(Arrays.asList(roles))
                .addCapabilities(Capability.newBuilder().setType(Capability.Type.MULTI_ROLE))
                .build();
    }

    static Filters refuse(double seconds) {
        return Filters.newBuilder().setRefuseSeconds(seconds).build();
    }

    void addFramework(String id, String... roles) {
        allocator.addFramework(frameworkId(id), multiRole(id, roles), Map.of(), true, Set.of());
    }

    void addAgent(String id, String resources) {
        addAgent(id, resources, Map.of());
    }

    void addAgent(String id, String resources, Map<FrameworkID, Resources> used) {
        AgentInfo info = AgentInfo.newBuilder().setHostname(id + ".example").build();
        allocator.addAgent(agentId(id), info, Resources.parse(resources), used);
    }

    void decline(RecordingCallback.Offered offer, Optional<Filters> filters) {
        allocator.recoverResources(offer.frameworkId(), offer.agentId(), offer.resources(), filters, false);
    }

    /** Runs the policy after every event sent so far and returns what it and earlier runs offered. */
    List<RecordingCallback.Offered> allocate() throws Exception {
        allocator.allocateNow().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return callback.drain();
    }

    void assertInvariants() throws Exception {
        assertEquals(List.of(), allocator.invariantViolations().get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void close() {
        allocator.deactivate();
    }
}
