package io.osmos.master;

import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.master.core.MinAllocatableResources;
import io.osmos.runtime.flags.Durations;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the Mesos allocator flags of {@link MasterConfig} into the options every allocator instance is
 * initialized with. Each refusal names the key, the value and what was expected, as the other keys' do.
 */
final class AllocatorOptionsReader {
    private AllocatorOptionsReader() {
    }

    /** @throws IllegalArgumentException naming the key and the expected form */
    static AllocatorOptions read(MasterConfig config, Duration allocationInterval) {
        return AllocatorOptions.builder()
                .allocationInterval(allocationInterval)
                .minAllocatableResources(MinAllocatableResources.parse(config.min__allocatable__resources()))
                .fairSharingExcludedResourceNames(names(config.fair__sharing__excluded__resource__names()))
                .filterGpuResources(bool("filter_gpu_resources", config.filter__gpu__resources()))
                .agentRecoveryFactor(factor("allocator_agent_recovery_factor",
                        config.allocator__agent__recovery__factor()))
                .recoveryTimeout(Durations.parse("allocator_recovery_timeout", config.allocator__recovery__timeout()))
                .publishPerFrameworkMetrics(bool("publish_per_framework_metrics",
                        config.publish__per__framework__metrics()))
                .build();
    }

    /** Mesos reads a set flag as comma-separated tokens and skips empty ones. */
    private static Set<String> names(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean bool(String key, String text) {
        String value = text == null ? "" : text.strip();
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("Invalid " + key + " '" + text + "': expected true or false");
    }

    private static double factor(String key, String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= 0.0 && value <= 1.0) {
                return value;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below with the expected form
        }
        throw new IllegalArgumentException("Invalid " + key + " '" + text + "': expected a number within [0, 1]");
    }
}
