package io.osmos.api.allocator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllocatorOptionsTest {

    @Test
    void defaultsAreMesosDefaults() {
        AllocatorOptions options = AllocatorOptions.builder().build();

        assertEquals(Duration.ofSeconds(1), options.allocationInterval());
        assertEquals(Duration.ofMinutes(10), options.recoveryTimeout());
        assertEquals(0.80, options.agentRecoveryFactor());
        assertTrue(options.filterGpuResources());
        assertTrue(options.publishPerFrameworkMetrics());
        assertTrue(options.fairSharingExcludedResourceNames().isEmpty());
        assertTrue(options.minAllocatableResources().isEmpty());
        assertTrue(options.parameters().isEmpty());
    }

    @Test
    void negativeIntervalIsRejectedNamingTheFlag() {
        AllocatorOptionsBuilder builder = AllocatorOptions.builder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.allocationInterval(Duration.ofSeconds(-1)));
        assertEquals("allocation interval (--allocation_interval) must be positive, got PT-1S", e.getMessage());
    }

    @Test
    void zeroIntervalIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> AllocatorOptions.builder().allocationInterval(Duration.ZERO));
    }

    @Test
    void recoveryFactorOutsideZeroToOneIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AllocatorOptions.builder().agentRecoveryFactor(1.5));
        assertEquals("allocator agent recovery factor must be within [0, 1], got 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AllocatorOptions.builder().agentRecoveryFactor(Double.NaN));
    }

    @Test
    void negativeRecoveryTimeoutIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> AllocatorOptions.builder().recoveryTimeout(Duration.ofMinutes(-1)));
    }

    @Test
    void emptyMinimumAlternativeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AllocatorOptions.builder().minAllocatableResources(List.of(Resources.parse("cpus:1"),
                        Resources.of(List.of()))));
        assertTrue(e.getMessage().contains("--min_allocatable_resources"), e.getMessage());
    }

    @Test
    void blankExcludedResourceNameIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> AllocatorOptions.builder().fairSharingExcludedResourceNames(Set.of("gpus", "")));
    }

    @Test
    void builtOptionsDoNotChangeWhenTheBuilderDoes() {
        AllocatorOptionsBuilder builder = AllocatorOptions.builder()
                .allocationInterval(Duration.ofMillis(200))
                .minAllocatableResources(List.of(Resources.parse("cpus:0.01"), Resources.parse("mem:32")))
                .parameter("role_sorter", "drf");
        AllocatorOptions first = builder.build();
        builder.parameter("role_sorter", "random").allocationInterval(Duration.ofSeconds(5));

        assertEquals(Duration.ofMillis(200), first.allocationInterval());
        assertEquals("drf", first.parameters().get("role_sorter"));
        assertEquals(2, first.minAllocatableResources().size());
        assertNotEquals(first, builder.build());
    }

    @Test
    void toBuilderKeepsEverythingNotChanged() {
        AllocatorOptions options = AllocatorOptions.builder()
                .fairSharingExcludedResourceNames(Set.of("gpus"))
                .filterGpuResources(false)
                .agentRecoveryFactor(0.5)
                .build();

        AllocatorOptions derived = options.toBuilder().publishPerFrameworkMetrics(false).build();

        assertEquals(Set.of("gpus"), derived.fairSharingExcludedResourceNames());
        assertFalse(derived.filterGpuResources());
        assertEquals(0.5, derived.agentRecoveryFactor());
        assertFalse(derived.publishPerFrameworkMetrics());
        assertEquals(options, options.toBuilder().build());
    }
}
