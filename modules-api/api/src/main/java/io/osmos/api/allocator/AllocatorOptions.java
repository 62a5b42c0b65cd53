package io.osmos.api.allocator;

import io.osmos.api.resources.Resources;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the master tells an allocator in {@link Allocator#initialize}: the Mesos allocator options, taken
 * from the master's flags ({@code --allocation_interval}, {@code --fair_sharing_excluded_resource_names},
 * {@code --min_allocatable_resources}, {@code --filter_gpu_resources}, ...). Immutable; build one with
 * {@link #builder()}.
 *
 * <p>Per-role offer filters are not here: as in Mesos they travel in each framework's
 * {@code FrameworkInfo.offer_filters}.
 */
public final class AllocatorOptions {

    /** Mesos default for {@code --allocation_interval}. */
    public static final Duration DEFAULT_ALLOCATION_INTERVAL = Duration.ofSeconds(1);
    /** Mesos default for how long a recovering allocator waits for agents to re-register. */
    public static final Duration DEFAULT_RECOVERY_TIMEOUT = Duration.ofMinutes(10);
    /** Mesos default share of the expected agents that must re-register before allocation resumes. */
    public static final double DEFAULT_AGENT_RECOVERY_FACTOR = 0.80;

    private final Duration allocationInterval;
    private final Set<String> fairSharingExcludedResourceNames;
    private final List<Resources> minAllocatableResources;
    private final boolean filterGpuResources;
    private final boolean publishPerFrameworkMetrics;
    private final Duration recoveryTimeout;
    private final double agentRecoveryFactor;
    private final Map<String, String> parameters;

    AllocatorOptions(AllocatorOptionsBuilder builder) {
        allocationInterval = builder.allocationInterval;
        fairSharingExcludedResourceNames = Set.copyOf(builder.fairSharingExcludedResourceNames);
        minAllocatableResources = List.copyOf(builder.minAllocatableResources);
        filterGpuResources = builder.filterGpuResources;
        publishPerFrameworkMetrics = builder.publishPerFrameworkMetrics;
        recoveryTimeout = builder.recoveryTimeout;
        agentRecoveryFactor = builder.agentRecoveryFactor;
        parameters = Map.copyOf(builder.parameters);
    }

    /** A builder holding the Mesos defaults. */
    public static AllocatorOptionsBuilder builder() {
        return new AllocatorOptionsBuilder();
    }

    /** A builder holding these options, to derive changed ones from. */
    public AllocatorOptionsBuilder toBuilder() {
        return new AllocatorOptionsBuilder(this);
    }

    /** How often the allocator runs a batch allocation; always positive. */
    public Duration allocationInterval() {
        return allocationInterval;
    }

    /** Resource names (e.g. {@code gpus}) left out when computing a role's fair share; empty: none. */
    public Set<String> fairSharingExcludedResourceNames() {
        return fairSharingExcludedResourceNames;
    }

    /**
     * Alternatives of minimum quantities worth offering (Mesos {@code --min_allocatable_resources},
     * whose flag default is {@code cpus:0.01|mem:32}): resources on an agent are offered only if they
     * contain at least one alternative. Empty: any non-empty resources are offered.
     */
    public List<Resources> minAllocatableResources() {
        return minAllocatableResources;
    }

    /** Whether GPUs are offered only to frameworks with the {@code GPU_RESOURCES} capability. */
    public boolean filterGpuResources() {
        return filterGpuResources;
    }

    /** Whether the allocator publishes metrics per framework, besides per role. */
    public boolean publishPerFrameworkMetrics() {
        return publishPerFrameworkMetrics;
    }

    /** After a master failover, the longest the allocator waits for agents before it allocates. */
    public Duration recoveryTimeout() {
        return recoveryTimeout;
    }

    /** Share of the expected agents, in [0, 1], that ends the recovery wait early. */
    public double agentRecoveryFactor() {
        return agentRecoveryFactor;
    }

    /**
     * Policy-specific settings that are not Mesos allocator options, e.g. {@code role_sorter=drf};
     * an allocator ignores the keys it does not know.
     */
    public Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AllocatorOptions that
                && allocationInterval.equals(that.allocationInterval)
                && fairSharingExcludedResourceNames.equals(that.fairSharingExcludedResourceNames)
                && minAllocatableResources.equals(that.minAllocatableResources)
                && filterGpuResources == that.filterGpuResources
                && publishPerFrameworkMetrics == that.publishPerFrameworkMetrics
                && recoveryTimeout.equals(that.recoveryTimeout)
                && Double.compare(agentRecoveryFactor, that.agentRecoveryFactor) == 0
                && parameters.equals(that.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allocationInterval, fairSharingExcludedResourceNames, minAllocatableResources,
                filterGpuResources, publishPerFrameworkMetrics, recoveryTimeout, agentRecoveryFactor,
                parameters);
    }

    @Override
    public String toString() {
        return "AllocatorOptions{allocationInterval=" + allocationInterval
                + ", fairSharingExcludedResourceNames=" + fairSharingExcludedResourceNames
                + ", minAllocatableResources=" + minAllocatableResources
                + ", filterGpuResources=" + filterGpuResources
                + ", publishPerFrameworkMetrics=" + publishPerFrameworkMetrics
                + ", recoveryTimeout=" + recoveryTimeout
                + ", agentRecoveryFactor=" + agentRecoveryFactor
                + ", parameters=" + parameters + '}';
    }
}
