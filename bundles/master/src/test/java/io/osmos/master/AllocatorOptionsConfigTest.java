package io.osmos.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.resources.Resources;
import io.osmos.master.core.MasterSettings;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Mesos allocator flags as keys of PID io.osmos.master, written as an operator writes them in a
 * .cfg file or the launcher sets them, and the allocator options they make.
 */
class AllocatorOptionsConfigTest {
    @Test
    void theDefaultsAreTheMesosMasterFlagDefaults() {
        AllocatorOptions options = options(Map.of());
        assertEquals(AllocatorOptions.builder()
                .minAllocatableResources(List.of(Resources.parse("cpus:0.01"), Resources.parse("mem:32")))
                .fairSharingExcludedResourceNames(Set.of())
                .filterGpuResources(true)
                .agentRecoveryFactor(0.80)
                .recoveryTimeout(Duration.ofMinutes(10))
                .publishPerFrameworkMetrics(true)
                .allocationInterval(Duration.ofSeconds(1))
                .build(), options);
        assertEquals(MasterSettings.DEFAULT_ALLOCATOR_OPTIONS, options);
    }

    @Test
    void everyKeyIsRead() {
        AllocatorOptions options = options(Map.of("allocation_interval", "250ms",
                "min_allocatable_resources", "disk:1|cpus:1;mem:32;ports:[1-3]",
                "fair_sharing_excluded_resource_names", " gpus, fpgas,,",
                "filter_gpu_resources", "false",
                "allocator_agent_recovery_factor", "0.5",
                "allocator_recovery_timeout", "30secs",
                "publish_per_framework_metrics", "false"));
        assertEquals(Duration.ofMillis(250), options.allocationInterval());
        assertEquals(List.of(Resources.parse("disk:1"), Resources.parse("cpus:1;mem:32;ports:[1-3]")),
                options.minAllocatableResources());
        assertEquals(Set.of("gpus", "fpgas"), options.fairSharingExcludedResourceNames());
        assertEquals(false, options.filterGpuResources());
        assertEquals(0.5, options.agentRecoveryFactor());
        assertEquals(Duration.ofSeconds(30), options.recoveryTimeout());
        assertEquals(false, options.publishPerFrameworkMetrics());
    }

    @Test
    void valuesAsTheLauncherConvertsThemAreRead() {
        // --allocator_agent_recovery_factor=0.80 reaches ConfigAdmin as the Double 0.8, which DS hands over as "0.8".
        AllocatorOptions options = options(Map.of("allocator_agent_recovery_factor", "0.8",
                "filter_gpu_resources", "true", "allocator_recovery_timeout", "0secs"));
        assertEquals(0.8, options.agentRecoveryFactor());
        assertEquals(true, options.filterGpuResources());
        assertEquals(Duration.ZERO, options.recoveryTimeout());
    }

    @Test
    void anEmptyMinimumOffersAnythingAndEmptyAlternativesAreSkipped() {
        assertEquals(List.of(), options(Map.of("min_allocatable_resources", "")).minAllocatableResources());
        assertEquals(List.of(Resources.parse("cpus:1"), Resources.parse("mem:32")),
                options(Map.of("min_allocatable_resources", "cpus:1||mem:32|")).minAllocatableResources());
        assertEquals(List.of(Resources.parse("cpus:1;mem:32")),
                options(Map.of("min_allocatable_resources", " cpus:1 ; mem:32 ")).minAllocatableResources());
    }

    @Test
    void minimumsThatAreNotPlainQuantitiesAreRefusedSayingWhy() {
        assertEquals("Invalid min_allocatable_resources 'cpus:0.01|cpus(web):1': 'cpus' in 'cpus(web):1' is"
                + " reserved; give plain quantities such as cpus:0.01|mem:32",
                refusal("min_allocatable_resources", "cpus:0.01|cpus(web):1"));
        assertEquals("Invalid min_allocatable_resources 'cpus(allocated:web):1': 'cpus' in"
                + " 'cpus(allocated:web):1' is allocated; give plain quantities such as cpus:0.01|mem:32",
                refusal("min_allocatable_resources", "cpus(allocated:web):1"));
        assertEquals("Invalid min_allocatable_resources 'cpus{REV}:1': 'cpus' in 'cpus{REV}:1' is revocable;"
                + " give plain quantities such as cpus:0.01|mem:32",
                refusal("min_allocatable_resources", "cpus{REV}:1"));
        assertEquals("Invalid min_allocatable_resources 'cpus:1;mem': Bad resource 'mem': expected name:value",
                refusal("min_allocatable_resources", "cpus:1;mem"));
        assertEquals("Invalid min_allocatable_resources 'cpus:0|mem:32': the alternative 'cpus:0' asks for"
                + " nothing; leave the value empty to offer any non-empty resources",
                refusal("min_allocatable_resources", "cpus:0|mem:32"));
    }

    @Test
    void otherBadValuesAreRefusedNamingTheirKeys() {
        assertEquals("Invalid filter_gpu_resources 'yes': expected true or false",
                refusal("filter_gpu_resources", "yes"));
        assertEquals("Invalid publish_per_framework_metrics '1': expected true or false",
                refusal("publish_per_framework_metrics", "1"));
        assertEquals("Invalid allocator_agent_recovery_factor '1.5': expected a number within [0, 1]",
                refusal("allocator_agent_recovery_factor", "1.5"));
        assertEquals("Invalid allocator_agent_recovery_factor 'most': expected a number within [0, 1]",
                refusal("allocator_agent_recovery_factor", "most"));
        assertEquals("Invalid allocator_recovery_timeout '10 minutes': expected a number followed by ns, us, ms,"
                + " secs, mins, hrs, days or weeks, e.g. '1secs'", refusal("allocator_recovery_timeout", "10 minutes"));
    }

    static AllocatorOptions options(Map<String, String> properties) {
        return MasterComponent.settings(config(properties)).allocatorOptions();
    }

    private static String refusal(String key, String value) {
        return assertThrows(IllegalArgumentException.class, () -> options(Map.of(key, value))).getMessage();
    }

    /**
     * A MasterConfig as DS makes it from configuration properties: a method {@code a__b} reads the
     * property {@code a_b}; a property that is not set gives the method's default.
     */
    static MasterConfig config(Map<String, String> properties) {
        return (MasterConfig) Proxy.newProxyInstance(MasterConfig.class.getClassLoader(),
                new Class<?>[] {MasterConfig.class}, (proxy, method, args) -> {
                    String key = method.getName().replace("__", "_");
                    return properties.containsKey(key) ? properties.get(key) : method.getDefaultValue();
                });
    }
}
