package io.osmos.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.allocator.Allocator;
import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.resources.Resources;
import io.osmos.master.core.MasterSettings;
import io.osmos.master.support.Await;
import io.osmos.master.support.TestMaster;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The master hands every allocator instance the allocator options of its configuration, when it is
 * first chosen and at every swap, and a change of one of them swaps in a fresh instance that has it.
 */
class AllocatorOptionsTest {
    private final List<AllocatorOptions> initialized = new CopyOnWriteArrayList<>();
    private final PrototypeService recording = new PrototypeService("recording", this::recordingAllocator,
            instance -> { });

    @Test
    void theAllocatorIsInitializedWithTheConfiguredOptions() {
        MasterSettings settings = settings(Map.of("allocation_interval", "250ms",
                "min_allocatable_resources", "cpus:1;mem:64|disk:100", "fair_sharing_excluded_resource_names", "gpus",
                "filter_gpu_resources", "false", "allocator_agent_recovery_factor", "0.5",
                "allocator_recovery_timeout", "5mins", "publish_per_framework_metrics", "false"));
        try (TestMaster master = new TestMaster(settings)) {
            recording.chosenBy(master).detach();
            assertEquals(List.of(AllocatorOptions.builder().allocationInterval(Duration.ofMillis(250))
                    .minAllocatableResources(List.of(Resources.parse("cpus:1;mem:64"), Resources.parse("disk:100")))
                    .fairSharingExcludedResourceNames(Set.of("gpus")).filterGpuResources(false)
                    .agentRecoveryFactor(0.5).recoveryTimeout(Duration.ofMinutes(5)).publishPerFrameworkMetrics(false)
                    .build()), initialized);
        }
    }

    @Test
    void withoutConfigurationTheAllocatorGetsTheMesosDefaults() {
        try (TestMaster master = new TestMaster(settings(Map.of()))) {
            recording.chosenBy(master).detach();
            AllocatorOptions options = initialized.get(0);
            assertEquals(List.of(Resources.parse("cpus:0.01"), Resources.parse("mem:32")),
                    options.minAllocatableResources(), "crumbs are not offered");
            assertEquals(Set.of(), options.fairSharingExcludedResourceNames());
            assertTrue(options.filterGpuResources());
            assertEquals(0.80, options.agentRecoveryFactor());
            assertEquals(Duration.ofMinutes(10), options.recoveryTimeout());
            assertTrue(options.publishPerFrameworkMetrics());
            assertEquals(Duration.ofSeconds(1), options.allocationInterval());
        }
    }

    @Test
    void aChangedOptionSwapsInAFreshInstanceThatHasIt() {
        MasterSettings before = settings(Map.of());
        try (TestMaster master = new TestMaster(before)) {
            AllocatorCandidates candidates = recording.chosenBy(master);
            MasterComponent.reconfigure(master.master, candidates, before,
                    before.withHooks(List.of("audit"), before.hookTimeout()));
            assertEquals(1, recording.given.size(), "a change of no allocator option keeps the instance");

            MasterSettings next = settings(Map.of("min_allocatable_resources", "mem:64",
                    "fair_sharing_excluded_resource_names", "gpus"));
            MasterComponent.reconfigure(master.master, candidates, before, next);
            Await.until("a fresh instance initialized", initialized::size, n -> n == 2);
            assertEquals(List.of(Resources.parse("mem:64")), initialized.get(1).minAllocatableResources());
            assertEquals(Set.of("gpus"), initialized.get(1).fairSharingExcludedResourceNames());
            Await.until("the old instance given back", () -> recording.returned, List.of(recording.given.get(0))::equals);

            MasterSettings gpusForAll = next.withAllocatorOptions(next.allocatorOptions().toBuilder()
                    .filterGpuResources(false).build());
            MasterComponent.reconfigure(master.master, candidates, next, gpusForAll);
            Await.until("another fresh instance", initialized::size, n -> n == 3);
            assertEquals(next.allocatorOptions().toBuilder().filterGpuResources(false).build(), initialized.get(2));
            candidates.detach();
        }
    }

    private static MasterSettings settings(Map<String, String> properties) {
        return MasterComponent.settings(AllocatorOptionsConfigTest.config(properties));
    }

    /** An allocator that keeps the options it was initialized with and offers nothing. */
    private Allocator recordingAllocator() {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("initialize")) {
                initialized.add((AllocatorOptions) args[0]);
                return null;
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getReturnType() == CompletionStage.class) {
                return CompletableFuture.completedFuture(null);
            }
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> "recording allocator";
                default -> null;
            };
        };
        return (Allocator) Proxy.newProxyInstance(Allocator.class.getClassLoader(), new Class<?>[] {Allocator.class},
                handler);
    }
}
